def f(a, /, b):
    return a, b


def two(a, b, /):
    return a, b


def g(a, /, b, *, c):
    return a, b, c


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


attempt("f(1, 2)", lambda: f(1, 2))
attempt("f(a=1, b=2)", lambda: f(a=1, b=2))
attempt("f(1, b=2)", lambda: f(1, b=2))
attempt("two(a=1, b=2)", lambda: two(a=1, b=2))
attempt("two(1, b=2)", lambda: two(1, b=2))
attempt("g(1, 2, 3)", lambda: g(1, 2, 3))
attempt("g(1, 2, a=1, c=3)", lambda: g(1, 2, a=1, c=3))
attempt("g()", lambda: g())
