from enum import Enum, IntEnum, StrEnum, Flag, auto, unique, member, nonmember


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = ["helper"]
    helper = 99
    label = nonmember("not a member")

    def is_start(self):
        return self is Weekday.MONDAY


print(list(Weekday.__members__), Weekday.label, Weekday.MONDAY.is_start(), Weekday.TUESDAY.is_start())
print(Weekday.MONDAY.name, Weekday.MONDAY.value, Weekday(1) is Weekday.MONDAY, Weekday["TUESDAY"].value)
print(Weekday._member_map_, Weekday._value2member_map_)
for call in [lambda: Weekday(3), lambda: Weekday("MONDAY"), lambda: Weekday["monday"], lambda: Weekday(),
             lambda: Weekday.MONDAY < Weekday.TUESDAY]:
    try:
        call()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Extended(Weekday):
        SUNDAY = 7
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Twice(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.LOW + Priority.HIGH, Priority.HIGH * 2, Priority.LOW == 1)
print(sorted([Priority.HIGH, Priority.LOW]), max(Priority.LOW, Priority.HIGH), f"{Priority.HIGH:>4}|", str(Priority.LOW))
print({Priority.LOW: "low"}[1], Priority(3), repr(Priority(3)))


class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()


print(Color.RED, repr(Color.DARK_BLUE), Color.RED == "red", Color.DARK_BLUE.upper(), f"[{Color.RED:^7}]", Color("red"))


class Level(Enum):
    LOW = auto()
    MID = auto()
    TOP = 10
    NEXT = auto()


print(repr(Level.LOW), repr(Level.MID), repr(Level.NEXT))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)), list(rw), len(rw))
print(repr(~Perm.R), repr(Perm.RWX), Perm(7) is Perm.RWX, repr(~Perm.RWX), list(Perm.__members__), Perm._member_names_)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    CIRCLE = member(lambda r: 3 * r * r)


print(Shape.CIRCLE.value(2))
