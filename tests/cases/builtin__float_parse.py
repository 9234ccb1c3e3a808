print(float(), float(1), float("1.5"), float(" -2.5e3 "), float("1_000.5"), float(True))
print(float("inf"), float("-Infinity"), float("nan"), float("  +INF"), float(".5"), float("5."))
print(float("1e-3"), float("1E3"), float(10 ** 20), float("16"), float("-0"))
print(float(2 ** 53 + 1), float("0.1") + float("0.2"), float("1e400"), float("-1e400"))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1_", " ", "in f", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], (1,)]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print((0.5).is_integer(), (2.0).is_integer(), 1.5.as_integer_ratio())
