print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([]), sorted(range(5, 0, -1)), sorted({2, 0, 1}))
print(sorted([3, 1, 2], reverse=True), sorted("bca", reverse=False))
print(sorted(["aa", "B", "c"], key=str.lower), sorted(["aa", "B", "c"]))
print(sorted([-5, 3, -1], key=abs), sorted([-5, 3, -1], key=abs, reverse=True))
people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([1.5, 1, True, -0.5]), sorted([3, 2, 1], key=None))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "1"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1], key=len)
except TypeError as e:
    print(type(e).__name__, e)
sorted(people, key=lambda p: p[1], reverse=True)
