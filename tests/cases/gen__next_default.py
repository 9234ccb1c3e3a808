def two():
    yield "one"
    yield "two"


g = two()
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(next(g, None))
print(next(g, 0))

e = (x for x in [])
print(next(e, "empty genexpr"))

# next with default does not swallow other exceptions
def broken():
    yield 1
    raise ValueError("broken after one")


b = broken()
print(next(b, "d"))
try:
    next(b, "d")
except ValueError as exc:
    print("ValueError:", exc)
print(next(b, "after error"))
