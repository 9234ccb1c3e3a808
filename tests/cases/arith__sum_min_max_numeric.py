# sum/min/max over mixed numbers, and their start/default arguments.
print(sum([1, 2, 3]), sum([1, 2.5]), sum([True, True, False]))
print(type(sum([True, True])).__name__, type(sum([])).__name__)
print(sum([0.1] * 3), sum([1, 2], 10), sum([0.5], start=1))
print(sum(range(101)), sum(x * x for x in range(10)))
print(sum([[1], [2, 3]], []))
print(sum([10**20, 1, -10**20]))
print(min(3, 1.0, 2), max(3, 3.0), max(3.0, 3), min(True, 1), min(1, True))
print(max([1, 5, 3]), min("hello"), max("b", "ab"))
print(max([], default=None), min((), default="empty"))
print(max([-3, 2, -7], key=abs), min([-3, 2, -7], key=abs))
print(max([1, 3, 3.0], key=lambda v: v))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
max()
