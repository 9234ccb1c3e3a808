it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), sum(r))
t = iter((5,))
print(next(t), next(t, 0))
e = iter(set())
print(next(e, "empty"))
b = iter(b"hi")
print(next(b), next(b))
it2 = iter([1, 2])
print(iter(it2) is it2)
z = zip("ab", "cd")
print(next(z), next(z), next(z, "end"))
try:
    iter(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    next([1, 2])
except TypeError as err:
    print(type(err).__name__, err)
try:
    next()
except TypeError as err:
    print(type(err).__name__, err)
g = (x * 2 for x in range(2))
print(next(g), next(g), next(g, -1))
m = map(int, "12")
print(next(m) + next(m))
next(iter([]))
