s = {1, 2}
f = frozenset({2, 3})
print(s | f, type(s | f).__name__)
print(f | s, type(f | s).__name__)
print(type(s & f).__name__, type(f & s).__name__, type(f - s).__name__, type(s ^ f).__name__)
print(type(f.union(s)).__name__, type(s.union(f)).__name__)
print(s == frozenset(s), frozenset(s) in [s], set(f), frozenset(s))
s |= f
print(s, type(s).__name__)
f2 = f
f2 &= {3, 4}
print(f, f2, type(f2).__name__)
s.update(frozenset({9}))
print(sorted(s))
print({frozenset({1}): "a"}[frozenset([1])])
print(frozenset({1, 2}) in {frozenset({2, 1})}, {1, 2} in {frozenset({2, 1})})
