log = []


class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"M({self.v})"

    def __add__(self, o):
        log.append("add")
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented

    def __radd__(self, o):
        log.append("radd")
        return M(o + self.v)

    def __rsub__(self, o):
        return M(o - self.v)

    def __rmul__(self, o):
        return M(o * self.v)

    def __rtruediv__(self, o):
        return M(o / self.v)

    def __rfloordiv__(self, o):
        return M(o // self.v)

    def __rmod__(self, o):
        return M(o % self.v)

    def __rpow__(self, o):
        return M(o ** self.v)

    def __rlshift__(self, o):
        return M(o << self.v)

    def __rand__(self, o):
        return M(o & self.v)

    def __ror__(self, o):
        return M(o | self.v)

    def __rxor__(self, o):
        return M(o ^ self.v)

    def __rmatmul__(self, o):
        return "rmatmul"


m = M(3)
print(10 + m, 10 - m, 10 * m, 9 / m, 10 // m, 10 % m, 2 ** m, 1 << m)
print(6 & m, 4 | m, 5 ^ m, [1] @ m)
print(m + 1, 1 + m, m + m)
print(log)
log.clear()


# a subclass's reflected method is tried before the base's forward method
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"


class Sub2(Base):
    pass


print(Base() + Sub(), Sub() + Base(), Base() + Sub2(), Base() + Base())


# reflected fallback when the forward method returns NotImplemented
class Left:
    def __mul__(self, o):
        return NotImplemented


class Right:
    def __rmul__(self, o):
        return "Right.__rmul__ with " + type(o).__name__


print(Left() * Right())


# same type: __radd__ is never tried
class Same:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd"


try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + Same())
