print(list(map(str, [1, 2, 3])), list(map(lambda x: x * x, range(4))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["a", "bb", ""])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(tuple(map(int, "123")), set(map(abs, [-1, 1])), sum(map(int, ["4", "5"])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: x + 1, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(abs, [])), list(filter(bool, [])))
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    filter([1])
except TypeError as e:
    print(type(e).__name__, e)
