def divide(a, b, /):
    return a / b


print(divide(9, 3))


def mixed(a, /, b, *, c):
    return (a, b, c)


print(mixed(1, 2, c=3))
print(mixed(1, b=2, c=3))


# positional-only names can still appear in **kwargs
def tagged(name, /, **attrs):
    return name, attrs


print(tagged("div", name="header", id=7))


# positional-only with defaults
def rng(start, stop=None, step=1, /):
    if stop is None:
        start, stop = 0, start
    return list(range(start, stop, step))


print(rng(4), rng(2, 5), rng(0, 10, 3))
