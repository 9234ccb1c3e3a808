def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper


@shout
def greet(name, greeting="hello"):
    return f"{greeting} {name}"


print(greet("ann"))
print(greet("bob", greeting="hi"))

# decorators run at definition time
registry = []


def register(fn):
    registry.append(fn)
    print("registering a function, registry size", len(registry))
    return fn


@register
def one():
    return 1


@register
def two():
    return 2


print([f() for f in registry])
print(one(), two())


# a decorator can replace the function with something else entirely
def constant(fn):
    return 42


@constant
def ignored():
    return "never"


print(ignored)
