# dataclass options: init/repr/eq/order/frozen/unsafe_hash, field options, kw_only, InitVar-free post_init
from dataclasses import dataclass, field, fields, replace, KW_ONLY, FrozenInstanceError


@dataclass(repr=False, eq=False)
class Plain:
    a: int


p = Plain(1)
print(p == Plain(1), p == p, isinstance(hash(p), int), repr(p).startswith("<__main__.Plain object"))


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashable(1)) == hash(Hashable(1, [2])), Hashable(1) == Hashable(1, [5]))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("x"), Options("y", verbose=True, level=3))
try:
    Options("z", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Derived:
    width: int
    height: int
    area: int = field(init=False)
    secret: str = field(default="hidden", repr=False)

    def __post_init__(self):
        self.area = self.width * self.height


d = Derived(2, 3)
print(d, d.area, d.secret, [f.name for f in fields(d)])
try:
    replace(d, area=5)
except ValueError as e:
    print("ValueError:", e)
print(replace(d, width=10))


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2


f = Frozen(1)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: setattr(f, "new", 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
print(f, {f: 1}[Frozen(1, 2)])


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(cards), Card(10, "h") == Card(10, "s"), max(cards))
try:
    Card(1, "a") < 3
except TypeError as e:
    print("TypeError:", e)

for make in ("both", "order_without_eq", "no_annotation", "overwrite_order"):
    try:
        if make == "both":
            field(default=1, default_factory=list)
        elif make == "order_without_eq":
            @dataclass(order=True, eq=False)
            class Broken:
                a: int
        elif make == "no_annotation":
            @dataclass
            class Broken:
                a = field(default=1)
        else:
            @dataclass(order=True)
            class Broken:
                a: int

                def __lt__(self, other):
                    return True
    except (TypeError, ValueError) as e:
        print(make, type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: int = 5


print(Child(1), Child(1, 2, 3), [f.name for f in fields(Child)])
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        pass
except TypeError as e:
    print("TypeError:", e)
