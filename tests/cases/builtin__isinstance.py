print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance(b"b", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(frozenset(), set), isinstance(range(1), range), isinstance(None, type(None)))
print(isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance(1, ()))
print(isinstance(1.5, (int, float)), isinstance(True, (float,)))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(IndexError(), KeyError))
print(isinstance(int, type), isinstance(len, type), isinstance(str, type))
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == int)
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), isinstance(None, int | None))
