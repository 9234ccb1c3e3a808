a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, 5])
print((*a,), [*"abc"], [*range(3), *{}], [*{9: "x"}])
print({**{"x": 1}, "y": 2, **dict(z=3)})
print([*[], *()], (*[],), {*()} == set())
c = [*a]
c.append(3)
print(a, c)
nested = [*[[1]], *[[2]]]
nested[0].append(9)
print(nested)
print(len([*range(100), *range(100)]))
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (*None,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*[[1]]}
except TypeError as e:
    print(type(e).__name__, e)
print([*"ab"] + [*b"ab"])
