print(int(), int(3.99), int(-3.99), int("42"), int(" 42 "), int("-0"), int("+7"), int(True))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("z", 36), int("Z", 36), int("10", base=8), int("1_000"), int("0b1_0", 0))
print(int("0", 0), int("00", 0), int("-0x10", 16), int("  -12\n"))
print(int(1e10), int(-0.5), int(2 ** 70 + 0.0), int("9" * 30))
for args in [("",), ("1.5",), ("abc",), ("12", 2), ("0x10",), ("1__0",), ("010", 0), ("_1",), ("9", 37),
             ("9", 1), (" ",), ("1 2",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(None,), ([1],), (1.5, 10), (10, 2), ("1", "2")]:
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
