print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])))
print(list(zip([1, 2, 3], "ab")), list(zip(range(3), [], "x")))
print(dict(zip("ab", [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
pairs = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pairs)
print(xs, ys)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate("xy", start=10)), list(enumerate(range(3), -1)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
print(type(zip()).__name__, type(enumerate([])).__name__)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([1], "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)
