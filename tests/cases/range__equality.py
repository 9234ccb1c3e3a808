print(range(0) == range(5, 5), range(0) == range(3, 1), range(0, 3) == range(3))
print(range(0, 5, 2) == range(0, 6, 2), range(0, 5, 2) == range(0, 5, 3))
print(range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(3) == (0, 1, 2))
print(hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
d = {range(3): "r"}
print(d[range(0, 3, 1)])
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(set(range(5)) == {0, 1, 2, 3, 4}, tuple(range(2)))
print(range(2, 8, 2)[1:] == range(4, 8, 2))
