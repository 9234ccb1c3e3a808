def repeat(value, times=2, *, sep=None):
    for i in range(times):
        if sep is not None and i:
            yield sep
        yield value


print(list(repeat("a")))
print(list(repeat("b", 3, sep="|")))
print(list(repeat(times=1, value="kw")))

def star(*args, **kwargs):
    yield from args
    for key in sorted(kwargs):
        yield key, kwargs[key]


print(list(star(1, 2, z=3, a=4)))
print(list(star()))

try:
    repeat()
except TypeError as e:
    print("TypeError:", e)

try:
    star(1, 2).nothing
except AttributeError as e:
    print("AttributeError:", e)

# arguments are bound at call time even though the body runs later
def show(items):
    print("body starts with", items)
    yield len(items)


data = [1, 2]
g = show(data)
data.append(3)
print(next(g))
