src = {"b": 1, "a": 2}
print(list(src), tuple(src), sorted(set(src)), list(src.values()), tuple(src.items()))
print(list(range(3)), tuple("ab"), set([2, 1, 2]), frozenset((0,)), dict([(1, 2)]))
print(list(b"AB"), tuple(b""), set(b"aab"), list(x for x in (1, 2)), tuple(iter([3])))
print(list(zip("ab", "cd")), dict(enumerate("xy")), tuple(map(abs, (-1, -2))))
print(list(), tuple(), set(), frozenset(), dict(), str(), bytes(), int(), float(), bool())
lst = [1, 2]
print(list(lst) is lst, tuple(tuple(lst)) == (1, 2), list(tuple(lst)) == lst)
t = (1, 2)
print(tuple(t) == t, type(list(t)).__name__, type(set(t)).__name__)
f = frozenset([1])
print(frozenset(f) == f, set(f), type(set(f)).__name__)
for ctor in [list, tuple, set, frozenset, dict]:
    try:
        ctor(42)
    except TypeError as e:
        print(type(e).__name__, e)
for ctor in [list, tuple, set, frozenset]:
    try:
        ctor(iterable=[1])
    except TypeError as e:
        print(type(e).__name__, e)
dict(iterable=[1])
