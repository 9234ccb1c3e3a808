print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0])
print([2] > [1, 100], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([1, 2] == (1, 2), [] == (), [1] == [1.0], [True] == [1])
print([[1, 2], [3]] < [[1, 2], [4]])
print([1, "a"] == [1, "a"], [1, "a"] < [2, 0])
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n == n)
try:
    print([1, 2] < [1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < 1)
except TypeError as e:
    print(type(e).__name__, e)
print([1, "x"] < [2, 1])
print(max([[1, 2], [1, 2, 0], [0, 9]]))
print(min([[3], [], [1, 1]]))
