class Base:
    registry = []

    @classmethod
    def create(cls, value):
        obj = cls()
        obj.value = value
        return obj

    @classmethod
    def describe(cls):
        return "Base.describe for " + cls.__name__


class Child(Base):
    @classmethod
    def create(cls, value):
        obj = super().create(value * 2)
        obj.child = True
        return obj

    @classmethod
    def describe(cls):
        return "Child/" + super().describe()


class GrandChild(Child):
    @classmethod
    def describe(cls):
        return "Grand/" + super(GrandChild, cls).describe()


c = Child.create(5)
print(type(c).__name__, c.value, c.child)
g = GrandChild.create(1)
print(type(g).__name__, g.value, g.child)
print(Child.describe())
print(GrandChild.describe())
print(g.describe())
print(Base.create(3).value)


class Cooperative:
    @staticmethod
    def helper(x):
        return x + 1


class Sub(Cooperative):
    @staticmethod
    def helper(x):
        return super(Sub, Sub).helper(x) * 10


print(Sub.helper(1), Sub().helper(2))
