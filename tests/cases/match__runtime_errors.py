# errors matching class and mapping patterns raise at match time, as in CPython 3.11
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a",)
    a = 1


def positional(v, cls):
    match v:
        case cls(a):
            return a
    return "no match"


def two_positional(v, cls):
    match v:
        case cls(a, b):
            return a, b
    return "no match"


def twice(v):
    match v:
        case Two(x, a=y):
            return x, y
    return "no match"


checks = [
    lambda: positional(1, 5),
    lambda: positional(1, "str"),
    lambda: positional(NoArgs(), NoArgs),
    lambda: positional(ListArgs(), ListArgs),
    lambda: positional(IntArgs(), IntArgs),
    lambda: two_positional(1, int),
    lambda: two_positional("s", str),
    lambda: twice(Two()),
    lambda: positional(3, NoArgs),  # not an instance: no error, no match
    lambda: positional(7, int),
    lambda: positional(True, int),
    lambda: positional(2.5, float),
]
for check in checks:
    try:
        print("result:", check())
    except TypeError as e:
        print("TypeError:", e)


class Keys:
    a = "k"
    b = "k"


def keys(m):
    match m:
        case {Keys.a: 1, Keys.b: 2}:
            return "matched"
    return "no match"


print(keys({"k": 1}))
try:
    keys({"k": 1, "j": 2})
except ValueError as e:
    print("ValueError:", e)
