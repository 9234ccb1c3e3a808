values = [1, 1.5, True, None, "s", b"b", [], (), {}, set(), frozenset(), range(1),
          len, abs, ValueError("x"), int, type]
print([type(v).__name__ for v in values])
print(type(lambda: 0).__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(set())).__name__, type(iter(range(0))).__name__, type(iter(b"")).__name__)
print(type(x for x in []).__name__, type("".join).__name__, type([].append).__name__)
def f():
    pass
print(type(f).__name__, type(f()).__name__)
print(type(type(1)).__name__, type(1) is int, type("") is str)
print(type(10 // 3).__name__, type(10 / 5).__name__, type(2 ** -1).__name__, type(True + True).__name__)
print(type(divmod(7, 2)).__name__, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(type(abs(-2.0)).__name__, type(pow(2, 3)).__name__, type(pow(2, -1)).__name__)
for exc in [KeyError, IndexError, StopIteration, ZeroDivisionError, OverflowError, RecursionError]:
    print(type(exc()).__name__, end=" ")
print()
print(type(1).__name__ == "int", str(type(1)), repr(type([])))
