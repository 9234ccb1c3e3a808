# OverflowError paths for floats: pow, int->float conversion, true division of huge ints.
cases = [
    lambda: 2.0 ** 10000,
    lambda: 10.0 ** 400,
    lambda: (-10.0) ** 401,
    lambda: 1e308 ** 2,
    lambda: float(10**400),
    lambda: 10**400 / 1,
    lambda: 10**400 * 1.0,
    lambda: 10**400 + 0.5,
    lambda: 1.5 < 10**400,
    lambda: 10**400 / 10**399,
    lambda: 1 / 10**400,
    lambda: 2 ** -10000,
    lambda: 10**400 // 1.0,
    lambda: round(1e308, -400),
    lambda: round(1.5, 400),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "ok", repr(r))
    except OverflowError as e:
        print(i, type(e).__name__, e)
print(1e308 * 10, 1e308 + 1e308, -1e308 * 10)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1080)
print("done")
2.5 ** 1000
