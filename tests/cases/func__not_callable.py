def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)


n = 5
s = "text"
items = [1, 2]
nothing = None
d = {"a": 1}
t = (1,)
flag = True
x = 1.5
attempt("n()", lambda: n())
attempt("s()", lambda: s())
attempt("items()", lambda: items())
attempt("nothing()", lambda: nothing())
attempt("d()", lambda: d())
attempt("t()", lambda: t())
attempt("flag()", lambda: flag())
attempt("x(1, 2)", lambda: x(1, 2))
attempt("items[0]()", lambda: items[0]())
attempt("d['a']()", lambda: d["a"]())
print(callable(n), callable(len), callable(attempt), callable(lambda: 0), callable(int))
