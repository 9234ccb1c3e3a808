# A negative shift count is a ValueError; this file ends with it uncaught.
vals = [5 << 2, 5 >> 2, -5 << 2, -5 >> 2]
print(vals)
for k in range(4):
    print(k, 1 << k, 100 >> k, -100 >> k)
print(1 << 0, 7 >> 0, 0 << 99)
n = 3
print(n << n, n >> n)
n = -n
print("shift count", n)
8 >> n
