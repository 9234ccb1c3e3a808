a = [3, 1, 2]
a.sort()
print(a)
for data in [[1, "a"], ["a", 1], [1, None], [[1], (1,)], [{1}, {2}, {1, 2}]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: [x] if x == 1 else (x,))
except TypeError as e:
    print(type(e).__name__, e)
b = [2, 1, "z"]
try:
    b.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(b, key=str))
[3, 2, 1, "zero"].sort()
