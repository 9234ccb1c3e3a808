def f(a, b=0):
    return a, b


def g(a, *args, **kwargs):
    return a, args, kwargs


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


attempt("f(1, z=2)", lambda: f(1, z=2))
attempt("f(a=1, b=2, c=3)", lambda: f(a=1, b=2, c=3))
attempt("f(1, a=1)", lambda: f(1, a=1))
attempt("f(1, 2, b=3)", lambda: f(1, 2, b=3))
attempt("f(1, **{'a': 2})", lambda: f(1, **{"a": 2}))
attempt("g(1, a=2)", lambda: g(1, a=2))
attempt("g(1, 2, b=3)", lambda: g(1, 2, b=3))
# the unexpected keyword is reported even when a positional is also missing
attempt("f(z=1)", lambda: f(z=1))
