a = frozenset({1, 2})
b = frozenset([2, 1])
print(hash(a) == hash(b), a == b, hash(frozenset({1})) == hash(frozenset([1.0])))
d = {a: "pair", frozenset(): "empty"}
print(d[b], d[frozenset()], frozenset({3}) in d)
nested = frozenset({frozenset({1}), frozenset({1, 2})})
print(len(nested), frozenset({1}) in nested, frozenset({2}) in nested)
print(sorted(len(x) for x in nested))
s = {frozenset({0}), frozenset({0})}
print(len(s))
groups = {}
for pair in [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2)]:
    key = frozenset(pair)
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
print(hash(frozenset()) == hash(frozenset([])))
try:
    {frozenset({1}): 0}[{1}]
except TypeError as e:
    print(type(e).__name__, e)
