log = []


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"

    def __lt__(self, other):
        log.append(f"{self!r}<{other!r}")
        if not isinstance(other, V):
            return NotImplemented
        return self.n < other.n

    def __gt__(self, other):
        log.append(f"{self!r}>{other!r}")
        if not isinstance(other, V):
            return NotImplemented
        return self.n > other.n


a, b = V(1), V(2)
print(a < b, a > b, b < a, b > a)
print(log)
log.clear()


class OnlyLt:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"L{self.n}"

    def __lt__(self, other):
        log.append(f"{self!r}.__lt__({other!r})")
        return self.n < other.n


x, y = OnlyLt(1), OnlyLt(5)
# x > y is answered by the reflected y < x
print(x > y, y > x)
print(log)
log.clear()


class OnlyLe:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n


print(OnlyLe(1) >= OnlyLe(2), OnlyLe(3) >= OnlyLe(2))


# comparing against ints: the int side returns NotImplemented and the instance's reflection runs
class Num:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other

    def __gt__(self, other):
        return self.n > other

    def __le__(self, other):
        return self.n <= other

    def __ge__(self, other):
        return self.n >= other


n = Num(5)
print(n < 10, 10 < n, 3 > n, n >= 5, 5 <= n, 6 <= n)
print(1 < n < 10, 1 < n < 4)


# a subclass that overrides the reflected method is tried first
class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"


print(Base() < Sub(), Sub() < Base(), Base() < Base())
