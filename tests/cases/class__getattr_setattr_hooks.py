class Lazy:
    def __init__(self):
        self.real = "present"

    def __getattr__(self, name):
        # only called when normal lookup fails
        if name.startswith("computed_"):
            return name[len("computed_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.real, lz.computed_value, getattr(lz, "computed_x"))
print(hasattr(lz, "computed_y"))
try:
    lz.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Tracked:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)


t = Tracked()
t.b = 2
t.c = "s"
print(t.a, t.b, t.c)
del t.b
print(hasattr(t, "b"))
t.d = 3
print(t.d)


class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: {type(self).__name__} is frozen")


f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print(type(e).__name__, e)
print(f.v)
