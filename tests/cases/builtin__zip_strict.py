print(list(zip([1, 2], "ab", strict=True)))
print(list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0]), ([1, 2], [3, 4], "xyz")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
out = []
try:
    for a, b in zip(range(5), "abc", strict=True):
        out.append(a)
except ValueError as e:
    print(type(e).__name__, e, out)
print(list(zip([1, 2, 3], "ab", strict=False)))
try:
    zip([1], foo=True)
except TypeError as e:
    print(type(e).__name__, e)
list(zip("abc", [1, 2], strict=True))
