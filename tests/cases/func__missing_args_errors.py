def f(a, b):
    return a + b


def g(a, b, c, d=4):
    return a + b + c + d


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("f(1, 2)", lambda: f(1, 2))
attempt("f(1)", lambda: f(1))
attempt("f()", lambda: f())
attempt("f(b=1)", lambda: f(b=1))
attempt("g()", lambda: g())
attempt("g(1)", lambda: g(1))
attempt("g(1, 2)", lambda: g(1, 2))
attempt("g(1, d=0)", lambda: g(1, d=0))
attempt("g(c=3)", lambda: g(c=3))
attempt("g(1, 2, 3)", lambda: g(1, 2, 3))
