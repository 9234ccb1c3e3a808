def one():
    yield 1


g = one()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
try:
    next(g)
except StopIteration:
    print("still exhausted")

# the return value travels in StopIteration.value
def returns():
    yield "a"
    return "the value"


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value, "| args:", e.args)

# a consumed generator yields nothing more
h = (i for i in range(3))
print(list(h), list(h))
print(sum(h), max(h, default=-1))
t = one()
print(next(t))
next(t)
