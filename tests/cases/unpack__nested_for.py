pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "pq"):
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for [a, b] in ["xy", (1, 2)]:
    print(a, b)
for i, (a, *b) in enumerate([(1, 2, 3), "hi"]):
    print(i, a, b)
grid = [[(0, 0), (0, 1)], [(1, 0), (1, 1)]]
for row in grid:
    for r, c in row:
        print(f"{r}{c}", end=" ")
print()
print([a * b for a, b in [(1, 2), (3, 4)]])
print({k: v for (k, v), _ in [(("a", 1), None), (("b", 2), None)]})
d = {}
for d["key"], d["other"] in [(1, 2)]:
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(5, 6)]:
    pass
print(lst)
