f = frozenset({1, 2, 3})
g = frozenset({3, 4})
print(f.union(g), f.union([5]), f.union())
print(f.intersection(g), f.intersection([1, 2], (2,)))
print(f.difference(g), f.difference([1], [2]))
print(f.symmetric_difference(g), f.symmetric_difference([1, 7]))
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint(g), f.isdisjoint([7]))
c = f.copy()
print(c == f, c, type(c).__name__)
print(f | g, f & g, f - g, f ^ g)
h = f
h |= {6}
print(f, h, type(h).__name__)
h -= {1}
print(f, h)
print(f < frozenset({1, 2, 3, 4}), f <= f, f > frozenset(), f >= {1, 5})
print(sorted(f), max(f), sum(f))
f ^ g
