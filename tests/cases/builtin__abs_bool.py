print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False), abs(-10 ** 30))
print(abs(float("-inf")), abs(float("nan")), type(abs(-1)).__name__, type(abs(True)).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool(b""))
print(bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(range(0)))
print(bool(None), bool(float("nan")), bool("False"), bool(frozenset()), bool(range(1)))
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True)
print(int(True), float(False), str(True), repr(False), True == 1, False == 0)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 0).__name__)
for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
