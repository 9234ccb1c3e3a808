print(str(), str(1), str(1.0), str(-0.0), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}))
print(str("x"), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(range(3)))
print(str(1e16), str(1e15), str(0.1), str(1 / 3), str(2 ** 64), str(-7), str(1e-4), str(0.00001))
print(str(set()), str(frozenset()), str({1}), str(ValueError("v")), str(KeyError("k")), str(KeyError()))
print(str(KeyError(1, 2)), str(ValueError()), str(ValueError(None)), str(Exception("a", "b")))
print(str(ValueError([1])), str(IndexError("list index out of range")))
print(repr(str(b"\x00")), len(str(b"a")))
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(b"a", "no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    str("a", "b", "c", "d")
except TypeError as e:
    print(type(e).__name__, e)
