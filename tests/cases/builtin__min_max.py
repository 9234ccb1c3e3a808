print(max(1, 5, 3), min(1, 5, 3), max([4, 2]), min((4, 2)), max("hello"), min("hello"))
print(max([1, 2, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len))
print(max(["aa", "bb", "c"], key=len), min(["x", "y"], key=len))
print(max([], default=None), min([], default="empty"), max([7], default=0))
print(max(3, 3.0), max(3.0, 3), min(1, True), min(True, 1))
print(max(range(10), key=lambda x: x % 4), min({3: "a", 1: "b"}))
print(max([(1, "b"), (1, "a")]), max([[1], [1, 0]]))
print(max(-1, -2, key=abs), max(1, 2, key=None))
for call in [lambda: max([]), lambda: min(()), lambda: max(5), lambda: max(),
             lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max(1, 2, foo=3),
             lambda: min(x for x in [])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max("apple", "banana", "cherry", key=lambda s: s[-1]))
print(max([float("nan"), 1.0]), max([1.0, float("nan")]))
max(range(5), key=lambda x: (x % 3, -x))
