# return, break, continue and exceptions leaving a with block call __exit__ exactly once
log = []


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else '-'}")
        return False


def early(n):
    with Tracker("outer") as o:
        for i in range(n):
            with Tracker(f"loop{i}") as name:
                if i == 1:
                    continue
                if i == 3:
                    return o + name
        return "done"


print(early(2), early(5))
print(log)
log.clear()


def gen():
    with Tracker("gen"):
        yield 1
        yield 2


print([x for x in gen()], log)
log.clear()


def nested_try():
    with Tracker("a"):
        try:
            with Tracker("b"):
                raise ValueError("v")
        except ValueError as e:
            log.append("handled " + str(e))
        finally:
            log.append("finally")
    return log


print(nested_try())
log.clear()


def value_from_finally():
    try:
        with Tracker("c"):
            return "from with"
    finally:
        log.append("outer finally")


print(value_from_finally(), log)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], ArithmeticError)


def divide(a, b):
    with Suppress():
        return a / b
    return "suppressed"


print(divide(1, 2), divide(1, 0))
try:
    with Suppress():
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append("bool")
        return self.v


class ReturnsObject:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return Truthy(True)


with ReturnsObject() as nothing:
    raise KeyError("gone")
print("suppressed by a truthy object", nothing, log[-1])
