print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed(b"xyz")), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(type(reversed([])).__name__, type(reversed(range(2))).__name__)
print(tuple(reversed(tuple(range(3)))), sorted(reversed([2, 3, 1])))
lst = [1, 2, 3]
rv = reversed(lst)
lst[0] = 99
print(list(rv))
for bad in [{1, 2}, 5, None, (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
