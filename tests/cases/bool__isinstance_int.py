# Bools behave as 0/1 in indexing, dict keys, sorting and equality.
print(isinstance(True, int), isinstance(True, bool), type(True) == int, type(True) == bool)
d = {}
d[1] = "one"
d[True] = "true"
d[0] = "zero"
d[False] = "false"
print(d, len(d))
d2 = {True: 1}
d2[1.0] = 2
print(d2)
print(sorted([True, 0, False, 2, -1, 1]))
print(sorted([1, True, 1.0]), sorted([True, 1, 1.0]))
lst = ["x", "y", "z"]
print(lst[True], lst[-True], lst[False:True])
print(range(5)[True], "abc".find("b") == True)
print(True == 1 == 1.0, False == 0 == 0.0 == -0.0)
print(True + True == 2, (True, False) == (1, 0), [False] == [0])
print({True, 1}, {0, False}, set([1, True, 1.0]))
print(max([False, True, 0]), min([1, True]), max(True, 1))
counts = [0, 0]
for b in [True, False, True, True]:
    counts[b] += 1
print(counts)
print(sum([True] * 10), str(True + False))
