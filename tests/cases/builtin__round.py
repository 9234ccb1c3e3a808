print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 1), round(5, -1), round(15, -1), round(25, -1), round(True))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), round(-3.7), round(1e20))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 2)).__name__)
print(round(0.1 + 0.2, 10), round(1.23456, ndigits=2), round(1.5, None))
print(round(123.456, -1), round(123.456, -3), round(-0.4), round(0.0, 3))
for call in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1.5"),
             lambda: round(1.5, 1.0), lambda: round(), lambda: round(1, 2, 3)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
