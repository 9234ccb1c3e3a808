print(sum([1, 2, 3]), sum([]), sum(range(101)), sum((0.5, 0.25)))
print(sum([1, 2], 10), sum([], 5), sum([1, 2], start=100))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum([1, 2.5]), sum([0.1] * 10))
print(sum(x for x in range(5)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 1]), sum([-1, -2]), sum([1.0, -1.0]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]])
except TypeError as e:
    print(type(e).__name__, e)
total = sum([x * x for x in range(10)], start=-285)
total
