def show(a, b, c=0, *rest, key=None, **extra):
    return f"a={a} b={b} c={c} rest={rest} key={key} extra={extra}"


args = [1, 2]
print(show(*args))
print(show(*args, 3, 4, 5))
print(show(*"xy"))
print(show(*range(6)))
kw = {"key": "k", "other": True}
print(show(*args, **kw))
print(show(**{"a": 10, "b": 20}))
print(show(1, *[2, 3], *(4,), key=5, **{"z": 6}))

# unpacking dict keys with a single star
d = {"p": 1, "q": 2}
print(show(*d))

# iterables of all kinds can be unpacked
print(show(*(x * x for x in range(3))))
print(show(*{5: "five", 6: "six"}.values()))
print(max(*[3, 9, 2]), min(*"hello"))
