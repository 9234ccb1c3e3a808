def describe(**kwargs):
    print("kwargs is a", type(kwargs).__name__)
    for key, value in kwargs.items():
        print(" ", key, "=", repr(value))
    return len(kwargs)


print(describe())
print(describe(name="ann", age=30, tags=["x"]))
# keyword order is preserved
print(describe(z=1, a=2, m=3))


def build(kind, *args, **opts):
    return f"{kind} args={args} opts={opts}"


print(build("box", 1, 2, color="red"))
opts = {"width": 3, "height": 4}
print(build("rect", **opts))
print(build("rect", 9, **opts, depth=1))
print(build(**{"kind": "circle", "r": 2}))

# kwargs is a fresh dict each call; modifying it does not affect the caller
def pop_one(**kw):
    kw.pop("a", None)
    return kw


src = {"a": 1, "b": 2}
print(pop_one(**src), src)

# merging several ** dicts
print(build("merged", **{"x": 1}, **{"y": 2}))
