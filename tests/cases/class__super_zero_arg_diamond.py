log = []


class Base:
    def __init__(self):
        log.append("Base")

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        log.append("<Left")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        log.append("<Right")

    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom>")
        super().__init__()
        log.append("<Bottom")

    def hello(self):
        return ["Bottom"] + super().hello()


b = Bottom()
print(log)
print(b.hello())
print(Left().hello(), Right().hello())

# cooperative keyword passing
class Shape:
    def __init__(self, **kw):
        self.extra = sorted(kw)


class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)


class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)


class Thing(Colored, Sized):
    pass


t = Thing(color="red", size=5, weight=3)
print(t.color, t.size, t.extra)
t2 = Thing()
print(t2.color, t2.size, t2.extra)


# super() reaching an attribute that is not a method
class P:
    tag = "p-tag"


class Q(P):
    tag = "q-tag"

    def tags(self):
        return self.tag, super().tag


print(Q().tags())


# super() in a method defined on a middle class reaches the next class in the instance's MRO
class M1:
    def name(self):
        return "M1"


class M2(M1):
    def name(self):
        return "M2/" + super().name()


class M3(M1):
    def name(self):
        return "M3/" + super().name()


class M4(M2, M3):
    pass


print(M4().name(), M2().name())
