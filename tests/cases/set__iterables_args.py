s = {1, 2, 3}
print(s.union(range(5)), s.union("a") == {1, 2, 3, "a"})
print(s.intersection({2: "x", 3: "y"}), s.difference((1,)))
print(s.issuperset(range(1, 3)), s.issubset(iter([1, 2, 3])))
print(s.union(x for x in [6]))
print(s.symmetric_difference(range(2, 5)))
try:
    s | range(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s <= [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(s == {1, 2, 3}, s == [1, 2, 3], s == frozenset(range(1, 4)))
print(set(map(abs, [-1, 1, -2])), set(filter(None, [0, 1, 2, 0])))
print(sum(s), max(s), min(s), sorted(s, reverse=True), len(s))
print(any(x > 2 for x in s), all(x > 0 for x in s))
