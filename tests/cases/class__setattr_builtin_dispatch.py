class Tracked:
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  __delattr__", name)
        super().__delattr__(name)


t = Tracked()
setattr(t, "a", 1)
print(t.a, sorted(t.__dict__))
delattr(t, "a")
print(hasattr(t, "a"))


class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("  setter", v)
        self._x = v

    @x.deleter
    def x(self):
        print("  deleter")
        self._x = None


p = P()
setattr(p, "x", 5)
print(getattr(p, "x"), p._x)
delattr(p, "x")
print(p._x)


class RO:
    @property
    def y(self):
        return 1


try:
    setattr(RO(), "y", 2)
except AttributeError as e:
    print(type(e).__name__, e)
