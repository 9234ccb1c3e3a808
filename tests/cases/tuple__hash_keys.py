d = {}
d[(1, 2)] = "a"
d[(1, 2.0)] = "b"
d[1, 3] = "c"
print(d)
print(hash((1, 2)) == hash((1, 2.0)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
s = {(0, 0), (0, 1), (0, 0)}
print(len(s), (0, 1) in s)
try:
    {([1], 2): 0}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2}): 0}
except TypeError as e:
    print(type(e).__name__, e)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[1, 2], grid[(0, 1)], sorted(grid)[:3])
print(d.get((1, 2)), (1, 2) in d, [1, 2] == list((1, 2)))
