# float() error messages; ends with an uncaught ValueError.
for s in ["", " ", "x", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "1,5", "0x10", "in f", "--1", "1 2", "infinityy", "nan1"]:
    try:
        float(s)
        print("ok", repr(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], (1,), {}]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(b"abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print("last")
float("3.14abc")
