class Outer:
    class Inner:
        class Deep:
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__name__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__module__)
Local = Outer().make()
print(Local.__name__, Local.__qualname__)
print(type(Outer.Inner()).__qualname__, type(Local()).__name__)


def factory():
    class Made:
        def method(self):
            return type(self).__qualname__
    return Made


M = factory()
print(M.__qualname__, M().method())
print(M.method.__qualname__, Outer.make.__qualname__)
print(repr(Outer), repr(Outer.Inner), str(Outer.Inner.Deep))
print(str(M))
print(Outer, Outer.Inner)
print(f"{Outer.Inner!r}")
print([Outer, Local])
print(type(Outer()).__module__, __name__)


class A:
    pass


a = A()
print(type(a).__name__, type(a).__qualname__, a.__class__.__name__, a.__class__ is A)
print(isinstance(A.__name__, str))
