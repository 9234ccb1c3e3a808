# Left/right shifts: arbitrary size, negatives round toward -inf.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(3 << 62, -3 << 62)
print(1024 >> 3, 1024 >> 11, 1024 >> 100)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -5 >> 1, -1024 >> 3)
print(7 >> 1, -7 >> 1, -7 // 2)
print((2**200) >> 190, (2**200 + 2**199) >> 199)
print(0 << 1000, 0 >> 5)
print(True << 3, True >> 1, type(True << 3).__name__)
print(5 << True, 5 >> False)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
for n in [0, 1, 2, 3, 8, 31, 32, 63, 64, 65]:
    print(n, 1 << n, (1 << n) - 1 >> n, -(1 << n) >> n)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(1 >> 10**30, -1 >> 10**30)
