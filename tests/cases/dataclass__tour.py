from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)

    def __post_init__(self):
        self.count = len(self.items)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x, Point.__match_args__)
print(repr(Point(y=5, x=4)))
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
inv = Inventory("box", ["a", "b"])
print(inv, inv.count, asdict(inv), astuple(inv))
print(replace(p, y=9), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
match p:
    case Point(x, y):
        print("matched", x, y)
@dataclass
class Base:
    a: int
@dataclass
class Child(Base):
    b: str = "b"
print(Child(1), Child(1, "z") == Child(1, "z"), fields(Child)[0].name)
