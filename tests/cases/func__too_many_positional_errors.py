def none():
    return "none"


def one(a):
    return a


def two(a, b):
    return a, b


def opt(a, b=2):
    return a, b


def opt2(a=1, b=2):
    return a, b


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


attempt("none(1)", lambda: none(1))
attempt("none(1, 2)", lambda: none(1, 2))
attempt("one(1, 2)", lambda: one(1, 2))
attempt("two(1, 2, 3)", lambda: two(1, 2, 3))
attempt("opt(1, 2, 3)", lambda: opt(1, 2, 3))
attempt("opt(1, 2, 3, 4)", lambda: opt(1, 2, 3, 4))
attempt("opt2(1, 2, 3)", lambda: opt2(1, 2, 3))
attempt("two(*range(5))", lambda: two(*range(5)))
