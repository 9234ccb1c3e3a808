# round() on ints: no ndigits returns the int; negative ndigits round half to even.
print(round(7), type(round(7)).__name__, round(True), type(round(True)).__name__)
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1350, -2), round(-1251, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(5, -1), round(-5, -1))
print(round(123, 0), round(123, 2), round(123, -5))
print(round(10**30 + 5 * 10**9, -10))
print(round(2**70, -20))
print(type(round(1234, -2)).__name__, type(round(1234, 2)).__name__)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5), round(1.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1))
print(round(5, ndigits=-1), round(number=4.55, ndigits=1))
try:
    round(12, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
