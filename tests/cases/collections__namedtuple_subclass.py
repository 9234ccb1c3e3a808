from collections import namedtuple


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def flipped(self):
        return Vec(self.y, self.x)

    def __repr__(self):
        return f"<Vec {self.x},{self.y}>"

    @classmethod
    def origin(cls):
        return cls(0, 0)


v = Vec(3, 4)
print(v, v.norm2(), v.flipped, Vec.origin(), v._replace(x=0), Vec._make((5, 6)))
print(isinstance(v, tuple), type(v).__name__, Vec.__mro__[1].__name__, Vec._fields, v._asdict())
print(v == (3, 4), str(v), [v], v + (1,))


class Card(namedtuple("Card", ["rank", "suit"])):
    def __str__(self):
        return f"{self.rank}{self.suit}"


c = Card("Q", "h")
print(c, repr(c), f"{c}", c.rank, Card._fields)

Base = namedtuple("Base", "a b", defaults=(2,))


class Child(Base):
    extra = "class attr"

    def total(self):
        return self.a + self.b


ch = Child(1)
print(ch, ch.total(), ch.extra, Child(a=5, b=5).total())


class WithNew(namedtuple("WithNew", "lo hi")):
    def __new__(cls, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        return super().__new__(cls, lo, hi)


print(WithNew(9, 1), WithNew(1, 9).hi)

Pair = namedtuple("Pair", "left right")


def describe(obj):
    match obj:
        case Pair(0, right):
            return f"zero-left pair, right={right}"
        case Pair(left=l, right=r) if l == r:
            return f"equal pair {l}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "other"


for item in [Pair(0, 5), Pair(3, 3), Pair(1, 2), (1, 2, 3), (1, 2), "x"]:
    print(describe(item))
match Pair(1, [2, 3]):
    case (first, [second, *rest]):
        print("sequence pattern", first, second, rest)
print(Pair.__match_args__)
