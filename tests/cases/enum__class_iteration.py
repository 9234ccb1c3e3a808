from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color])
print(Color, repr(Color), str(Color), [Color])
for c in reversed(Color):
    print(c, c.value)
print(sorted(Color, key=lambda c: -c.value))
print(Color(2), Color["BLUE"], Color.RED == Color.RED, Color.RED is Color(1))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), list(Num), f"{Num.TWO}")
