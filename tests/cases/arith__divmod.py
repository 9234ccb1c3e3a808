# divmod returns (a // b, a % b) for ints and floats.
print(divmod(7, 2))
print(divmod(-7, 2))
print(divmod(7, -2))
print(divmod(-7, -2))
print(divmod(0, 9))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7, 2.5))
print(divmod(10**25, 3))
print(divmod(-(10**25), 3))
print(divmod(True, 2))
q, r = divmod(123456789, 1000)
print(q, r, type(q).__name__, type(r).__name__)
q, r = divmod(9.0, 4)
print(q, r, type(q).__name__)
for args in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod("7", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(7, None)
except TypeError as e:
    print(type(e).__name__, e)
