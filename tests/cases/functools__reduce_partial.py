import functools
from functools import partial, reduce


def add(a, b):
    return a + b


print(reduce(add, [1, 2, 3, 4]), reduce(add, [], 10), reduce(add, ["a", "b"], "x"))
print(reduce(lambda acc, x: acc * x, range(1, 6)), reduce(max, (x for x in [3, 9, 2])))
for call in [lambda: reduce(add, []), lambda: reduce(add), lambda: reduce(), lambda: reduce(add, [], 1, 2),
             lambda: reduce(add, [], x=1), lambda: reduce(add, 5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def power(base, exponent=2, *, mod=None):
    value = base ** exponent
    return value if mod is None else value % mod


square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, mod=7)
two_to = partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(exponent=3), cube_mod(2, mod=5))
print(two_to.func is power, two_to.args, square.keywords, cube_mod.keywords)
nested = partial(partial(power, 3), mod=5)
print(nested.func is power, nested.args, nested.keywords, nested(4))
print(repr(partial(print, 1, sep="-")), repr(partial(max)))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
for call in [lambda: partial(), lambda: partial(1), lambda: two_to(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
