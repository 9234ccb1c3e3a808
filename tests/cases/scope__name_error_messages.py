def attempt(label, fn):
    try:
        fn()
    except NameError as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("plain", lambda: undefined_thing)
attempt("in call", lambda: print(missing_arg))
attempt("misspelled builtin", lambda: lenn([1]))
attempt("call result", lambda: nope())


def uses_missing():
    return helper_that_does_not_exist(1)


attempt("inside function", uses_missing)

# NameError is a subclass of Exception but not of LookupError
try:
    really_missing
except LookupError:
    print("caught as LookupError")
except Exception as e:
    print("caught as Exception:", type(e).__name__, e.args)

x = 1
del x
try:
    x
except NameError as e:
    print("after del:", e)
