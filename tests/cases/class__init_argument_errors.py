class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x, y=0, *, z):
        self.t = (x, y, z)


class NoInit:
    pass


class Inherits(P):
    pass


attempts = [
    ("P()", lambda: P()),
    ("P(1, 2)", lambda: P(1, 2)),
    ("P(y=1)", lambda: P(y=1)),
    ("P(1, x=1)", lambda: P(1, x=1)),
    ("Q(1)", lambda: Q(1)),
    ("Q(1, 2, 3)", lambda: Q(1, 2, 3)),
    ("NoInit(1)", lambda: NoInit(1)),
    ("NoInit(a=1)", lambda: NoInit(a=1)),
    ("Inherits()", lambda: Inherits()),
    ("Inherits(1, 2)", lambda: Inherits(1, 2)),
]
for label, fn in attempts:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(f"{label:15} {e}")

print(Q(1, z=3).t, Q(1, 2, z=3).t, Inherits(5).x, type(NoInit()).__name__)


class ReturnsValue:
    def __init__(self):
        return 5


try:
    ReturnsValue()
except TypeError as e:
    print(type(e).__name__, e)


class M:
    def method(self, a):
        return a


try:
    M().method()
except TypeError as e:
    print(type(e).__name__, e)
try:
    M().method(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.method(1)
except TypeError as e:
    print(type(e).__name__, e)


class Forgot:
    def no_self():
        return "x"


try:
    Forgot().no_self()
except TypeError as e:
    print(type(e).__name__, e)
print(Forgot.no_self())
P(1, 2, 3)
