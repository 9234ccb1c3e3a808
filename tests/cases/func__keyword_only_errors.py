def f(x, *, k):
    return x, k


def g(*, k, j):
    return k, j


def h(a=1, *, b):
    return a, b


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


attempt("f(1, k=2)", lambda: f(1, k=2))
attempt("f(1)", lambda: f(1))
attempt("f(1, 2)", lambda: f(1, 2))
attempt("f(1, 2, k=3)", lambda: f(1, 2, k=3))
attempt("g()", lambda: g())
attempt("g(j=1)", lambda: g(j=1))
attempt("g(1)", lambda: g(1))
attempt("g(1, k=1)", lambda: g(1, k=1))
attempt("h(1, 2)", lambda: h(1, 2))
attempt("h()", lambda: h())
