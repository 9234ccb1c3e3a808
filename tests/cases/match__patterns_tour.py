class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "bit"
        case -5:
            return "minus five"
        case "add" | "sub" as op:
            return "op " + op
        case [x, y]:
            return f"pair {x} {y}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (first, *_, last):
            return f"first {first} last {last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(x, y, norm=n) if n > 10:
            return f"far point {x},{y} {n}"
        case Point():
            return "point"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return "string " + s
        case _:
            return "other"
for v in [None, True, 0, 1, -5, "add", "sub", [1, 2], (3, 4), [1, 2, 3], (7, 8, 9, 10), {"type": "user", "name": "bo", "age": 3},
          {"type": "user", "name": 5}, {"type": 1}, Point(0, 0), Point(0, 3), Point(9, 9), Point(1, 1), 500, 3.5e3, "hello", 42, [], {}, range(2)]:
    print(repr(v) if not isinstance(v, Point) else "P", "->", describe(v))
x = 5
match x:
    case 1:
        print("no")
print("unmatched ok")
def guard_binding(v):
    match v:
        case [a, b] if a > b:
            return "desc"
        case [a, b]:
            return f"asc {a} {b}"
print(guard_binding([2, 1]), guard_binding([1, 2]))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
    return "?"
print(color("red"), color("green"), color("blue"))
for bad in [5, "x"]:
    try:
        match 1:
            case bad():
                pass
    except TypeError as e:
        print("TypeError", e)
