# assigning methods to a class after it is made (what class decorators do) works as in CPython
class A:
    def __init__(self):
        self.v = 1


def patched(self):
    self.v = 2


print("before", A().v)
A.__init__ = patched
print("after", A().v)
A.__repr__ = lambda self: f"A(v={self.v})"
A.__eq__ = lambda self, other: isinstance(other, A) and self.v == other.v
print(A(), A() == A(), [A()])
A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
print(A.__name__, A.__qualname__, type(A()).__name__)
for name, value in (("__dict__", {}), ("__mro__", ()), ("__name__", 5)):
    try:
        setattr(A, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)


def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    cls.__len__ = lambda self: 42
    return cls


@add_greeting
class B:
    pass


print(B().greet(), len(B()))
del A.__repr__
print(repr(A()).startswith("<__main__.Outer.Renamed object at"))
