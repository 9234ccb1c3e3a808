# int() on floats truncates toward zero; large floats convert exactly.
for v in [2.9, -2.9, 0.5, -0.5, 1e10, -0.0, 123.999999, 2.5, -2.5, 1e20, 1.5e300 / 1e280]:
    r = int(v)
    print(repr(v), r, type(r).__name__)
print(int(1e23), int(2.0**70), int(-(2.0**63)))
print(int(0.1 + 0.2), int(7 / 2), int(-7 / 2), -7 // 2)
print(int(True), int(False), int(3), int(-3))
print(int(1e308) == 10**308, len(str(int(1e308))))
print(int(9007199254740993.0))
print(int("12") + int(12.7), round(12.7), int(round(12.5)))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
