class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print(type(e).__name__, e)
object.__delattr__(f, "v")
print(hasattr(f, "v"))


class Eq:
    def __eq__(self, other):
        return "custom"

    __hash__ = object.__hash__


e = Eq()
print(e == e, object.__eq__(e, e), object.__eq__(e, Eq()), object.__ne__(e, e))
print(isinstance(hash(e), int), object.__repr__(e).startswith("<__main__.Eq object at 0x"))


class Wrapper:
    def __init__(self):
        object.__init__(self)
        self.ok = True

    def __str__(self):
        return "wrapped " + object.__str__(self)[:15]


w = Wrapper()
print(w.ok, str(w))
