# Chained comparisons: a < b < c means (a < b) and (b < c), with b evaluated once.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 == 2 < 3, 0 <= 0 < 1 <= 1, 5 > 4 >= 4 > 3 != 2)
x_ = 1
print(1 < 2 < 3 < 4 < 5 < 4, 1 != 2 != 1, x_ is not None is not False)
print(1 in [1, 2] in [[1, 2]], "a" in "abc" == True, ("a" in "abc") == True)
print(False == False in [False], (False == False) in [False])
print(2 < 3.5 < 10**20, -1 < True < 2, "a" < "b" < "c", [1] < [2] < [3])
x = 5
print(0 < x < 10, 0 < x < 5, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 == 3 > 2 >= 2 <= 2 != 5)
r = 1 < 2 < 3
print(r, type(r).__name__)
print(3 < 2 < "x")
print(list(v for v in range(10) if 2 < v <= 5 != v))
a = [1, 2]
b = a
print(a is b is not None, a == b == [1, 2], a is [1, 2])
print(3 < 2 < 1, not 1 < 2 < 3, (1 < 2) < 3)
