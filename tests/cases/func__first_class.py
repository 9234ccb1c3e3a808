def apply_twice(fn, x):
    return fn(fn(x))


def inc(x):
    return x + 1


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


print(apply_twice(inc, 5))
print(apply_twice(lambda s: s + "!", "hey"))
pipeline = compose(str, inc, lambda v: v * 10)
print(repr(pipeline(4)))

# functions stored in data structures
handlers = {"inc": inc, "neg": lambda v: -v, "abs": abs, "str": str}
for name in sorted(handlers):
    print(name, repr(handlers[name](-7)))

# functions compared by identity
alias = inc
print(alias is inc, alias(1), inc == alias, inc is not compose)
print(type(inc).__name__, type(lambda: 0).__name__, type(len).__name__)
print(callable(inc), isinstance(inc, object))

# map over a list of functions
print([f(3) for f in (inc, abs, str, float, lambda v: v ** 3)])
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
