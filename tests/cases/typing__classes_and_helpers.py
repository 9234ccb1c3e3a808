from typing import (Any, Callable, ClassVar, Dict, Generic, List, NamedTuple, NewType, Optional, Protocol,
                    TypedDict, TypeVar, Union, cast, get_type_hints, overload, runtime_checkable, Tuple,
                    Iterable, Sequence, get_overloads, SupportsInt, SupportsIndex, Literal, Final, assert_never, TYPE_CHECKING)
import typing
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(3)
print(b.get(), Box[int], Box[int](5).item, Box.__parameters__, Box[str].__origin__ is Box, Box[str].__args__)
KT = TypeVar("KT"); VT = TypeVar("VT")
class Pair(Generic[KT, VT]):
    pass
print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e: print(e)
try:
    Generic[int]
except TypeError as e: print(e)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), p.norm(), Point(1), Point(x=2, y=5), p._asdict(), p._replace(y=9), Point._make([7, 8]))
print(Point._fields, Point._field_defaults, Point.__annotations__, p == (3, -4), p == Point(3, -4), p != Point(1, 1), p < Point(4, 0), hash(p) == hash((3, -4)), 3 in p, p.count(3), p.index(-4), p + (1,))
x, y = p
print(x, y, {p: 1}[Point(3, -4)], sorted([Point(2, 1), Point(1, 5)]), tuple(p), Point.__match_args__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e: print("AttributeError", e)
match p:
    case Point(a, b):
        print("matched", a, b)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 3)
print(e, Emp.__name__, Emp._fields, Emp.__annotations__, e.name, type(e).__name__)
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    note: str
m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, typing.is_typeddict(Movie), typing.is_typeddict(dict))
Film = TypedDict("Film", {"title": str, "rating": float})
print(Film(title="x", rating=1.5), Film.__annotations__, Film.__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)
print(cast(List[int], "not a list"), cast("int", 3))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
class NotFile:
    pass
print(isinstance(File(), Closer), isinstance(NotFile(), Closer), isinstance(1, SupportsInt), isinstance("s", SupportsInt), isinstance(True, SupportsIndex), isinstance(2.5, SupportsIndex))
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(1, Sized2), isinstance("x", Sized2))
class Proto2(Protocol):
    def f(self): ...
try:
    Proto2()
except TypeError as e: print(e)
class Impl(Proto2):
    def f(self): return 1
print(Impl().f())
try:
    runtime_checkable(File)
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)))
try:
    @overload
    def g(x): ...
    g(1)
except NotImplementedError as e: print(e)
class Cfg:
    name: str
    tags: List[str]
    limit: Optional[int] = None
    count: ClassVar[int] = 0
    other: "int"
print(get_type_hints(Cfg))
from dataclasses import dataclass, fields
@dataclass
class D:
    a: int
    b: ClassVar[int] = 5
    c: List[int] = None
print([f.name for f in fields(D)], D(1))
print(TYPE_CHECKING, typing.Any, typing.Optional[typing.Dict[str, typing.Any]])
def handle(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    else:
        assert_never(v)
print(handle(1), handle("a"))
try:
    assert_never(5)
except AssertionError as e: print(e)
Vec = List[float]
def scale(s: float, v: Vec) -> Vec: return [s * x for x in v]
print(scale(2.0, [1.0, 2.0]), Vec)
print(typing.get_type_hints(Point), typing.get_type_hints(Movie))
