# str() of various objects and str(bytes, encoding, errors).
print(str(), repr(str()), str(42), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(1e16), str(0.1), str(10**20), str(float("nan")), str(-0.0), str(range(3)), str({1}), str(set()))
print(str(b"abc"), str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"), str(b"a\xffb", errors="replace"))
print(str(object="x"), str("already"), str(str("x")), type(str(5)).__name__)
print(str(bytearray(b"xy"), "utf-8"), str(frozenset()), str(()), str([]))
print(str([1.0, "b", None, True]), str(["it's"]), str(("a", 'b"')))
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
