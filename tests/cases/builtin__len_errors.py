print(len(""), len("abc"), len("é日"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({1: 2}))
print(len(set()), len(frozenset([1, 1])), len(range(0, 10, 3)), len(range(10, 0)), len({}.keys()))
print(len("\n\t"), len([None] * 7), len(str(2 ** 100)), len({}.items()), len({1: 2}.values()))
for bad in [5, 1.5, None, True, len, (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x=[1])
except TypeError as e:
    print(type(e).__name__, e)
len(iter([1, 2]))
