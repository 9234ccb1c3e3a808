from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower() + "!"
    @classmethod
    def default(cls):
        return cls.RED
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED.describe(), Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(f"{Color.RED}", "{}".format(Color.GREEN), format(Color.BLUE), str(Color.BLUE), hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print(list(Color.__members__), Color.__members__["CRIMSON"], Color._member_names_)
for bad in [lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, Num.TWO > 1, f"{Num.ONE:03d}", str(Num.TWO), Num(2), sorted([Num.TWO, Num.ONE]), Num.ONE.value, 2 == Num.TWO, hash(Num.ONE) == hash(1))
class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"
print(Shade.DARK, repr(Shade.DARK), Shade.DARK == "dark", Shade.LIGHT.upper(), f"{Shade.LIGHT}", Shade("dark"), Shade.DARK.value, "x" + Shade.DARK if False else "skip")
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(A.X.value, A.Y.value, A.W.value, repr(A.W))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), rw & Perm.R, repr(~Perm.R), Perm(6), rw.name, Perm.R.name, list(rw) if hasattr(rw, '__iter__') else '', len(rw))
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
print(F2.A.value, F2.B.value, F2.C.value, repr(F2.A | F2.C))
class IP(IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), IP.R + 1, str(IP.W))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, repr(Animal.CAT), Animal(1), Animal.__name__)
Pet = Enum("Pet", [("DOG", 5), ("EMU", 9)])
print(repr(Pet.EMU), Pet(5))
Lvl = IntEnum("Lvl", {"LOW": 1, "HIGH": 10})
print(repr(Lvl.HIGH), Lvl.LOW < 5)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)), Planet.EARTH.value)
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls.__members__.values():
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
print(Color.RED in Color.__members__.values(), Color.__members__.get("RED"))
print(Color.RED._value_, Color.RED._name_, type(Color.BLUE).__name__)
