def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


add = lambda a, b: a + b
attempt("add(1)", lambda: add(1))
attempt("add(1, 2, 3)", lambda: add(1, 2, 3))
attempt("add(1, c=2)", lambda: add(1, c=2))


def outer():
    def inner(x, *, y):
        return x + y
    return inner


inner = outer()
attempt("inner(1)", lambda: inner(1))
attempt("inner(1, 2)", lambda: inner(1, 2))
attempt("inner(1, y=2, z=3)", lambda: inner(1, y=2, z=3))


def make_adder(n):
    return lambda x: x + n


adder = make_adder(5)
attempt("adder(1)", lambda: adder(1))
attempt("adder()", lambda: adder())


def deep():
    def mid():
        def leaf(a):
            return a
        return leaf
    return mid()


attempt("leaf()", lambda: deep()())
