print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3), divmod(True, 2))
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(0, 0), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(7, 2, -5))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(pow(10, 20), pow(2, 0.5), pow(-2, -2), pow(1.5, 2))
for call in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(0, -1), lambda: pow(2, 3, 0),
             lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: divmod("a", 1), lambda: pow(),
             lambda: divmod(1), lambda: pow(0.0, -1)]:
    try:
        print(call())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
