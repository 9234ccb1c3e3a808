# ** with int/float bases and positive/negative exponents.
print(2 ** 10, 2 ** 100)
print(2 ** -1, type(2 ** -1).__name__)
print(2 ** -2, 10 ** -3)
print(0 ** 0, 0.0 ** 0, 0 ** 0.0)
print((-2) ** 3, -2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(4 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 10, type(2.0 ** 10).__name__)
print((-8) ** 2, (-1) ** 101)
print(1 ** 1000, 1 ** -5)
print(pow(2, 8), pow(2, -3), pow(2.5, 2))
print(10 ** 20, 10 ** 20.0)
print((-8) ** 3, (-0.5) ** 2, 0.5 ** -2)
print(True ** 5, False ** 0, type(True ** 2).__name__)
x = 3
x **= 4
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2 ** "3")
except TypeError as e:
    print(type(e).__name__, e)
