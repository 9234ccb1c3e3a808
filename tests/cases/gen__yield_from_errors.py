def inner():
    yield 1
    raise KeyError("missing")


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
    yield "after"


print(list(outer()))

def propagate():
    yield "start"
    yield from inner()
    yield "never"


got = []
try:
    for v in propagate():
        got.append(v)
except KeyError as e:
    print("consumer caught", e, got)

def bad_source():
    yield from 42


try:
    list(bad_source())
except TypeError as e:
    print("TypeError:", e)

def deep(n):
    if n == 0:
        raise ArithmeticError(f"bottom reached")
    yield n
    yield from deep(n - 1)


res = []
try:
    for x in deep(4):
        res.append(x)
except ArithmeticError as e:
    print(type(e).__name__, e, res)
