# Exact ValueError/TypeError messages from int().
bad = ["x", "", " ", "1.5", "1e3", "1_", "_1", "1__0", "--1", "+-1", "1 2", "0x10", "١٢z", "inf", "nan", "12abc"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [None, [1], (1,), {}, "ok", b"12", 3.9, b"1.5"]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("10", base="2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
int("forty-two")
