f = frozenset([3, 1, 2, 3])
print(f, frozenset(), frozenset(""), frozenset(range(3)))
print(len(f), 1 in f, 5 in f, type(f).__name__)
print(repr(frozenset({0})), str(frozenset([7])))
print(frozenset(f) == f, frozenset("aab") == frozenset("ab"))
print(sorted(frozenset("cab")))
print(f == {1, 2, 3}, {1, 2, 3} == f, f != {1})
print(frozenset({1: "a", 2: "b"}), frozenset({4, 5}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
for name in ["add", "remove", "discard", "pop", "clear", "update", "union", "copy", "isdisjoint"]:
    print(name, hasattr(f, name))
