# Which binding error CPython reports first when a call has several problems.
def f(p1, p2, /, p3=0):
    return (p1, p2, p3)


def g(a, b, /, c, *, d):
    return (a, b, c, d)


def h(a, /, **kw):
    return (a, kw)


def k(a, b=2, /, *args, c, **kw):
    return (a, b, args, c, kw)


calls = [
    lambda: f(p2=0, zz=0),
    lambda: f(zz=0, p2=0),
    lambda: f(p2=0, p1=1, zz=0),
    lambda: f(1, 2, p3=3, zz=0, p1=5),
    lambda: f(1, zz=0, p2=2),
    lambda: f(1, p3=0, p3x=1),
    lambda: f(1, 2, 3, 4, p1=0),
    lambda: f(p1=1),
    lambda: f(1, 2, p2=2),
    lambda: f(),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, b=2, c=3, d=4),
    lambda: g(1, 2, d=1, e=5),
    lambda: g(1, 2, c=1, c2=2, a=3),
    lambda: g(a=1, b=2),
    lambda: g(1, 2),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4, d=5),
    lambda: g(1, 2, 3, 4, d=5),
    lambda: h(a=1),
    lambda: h(1, a=2, b=3),
    lambda: k(a=1),
    lambda: k(1, 2, 3, c=4, a=5, b=6),
    lambda: k(1, c=1, b=2),
    lambda: k(1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
try:
    f(**{"p2": 1, "zz": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"p1": 1, "p2": 2, "q": 3})
except TypeError as e:
    print("TypeError:", e)
