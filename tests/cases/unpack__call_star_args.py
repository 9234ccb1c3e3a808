def f(a, b, c=0, *args, **kwargs):
    return (a, b, c, args, sorted(kwargs.items()))
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], *(3,), *"xy"))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "z": 9}, y=8))
print(f(*range(2), c=5, **{"d": 6}))
print(f(*[], *[1, 2]))
def g(*args):
    return args
print(g(), g(*[]), g(*{3: 0, 1: 0}), g(*"ab", *b"c"))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, *[2], a=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1])
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*[1, 2], sep="-"))
