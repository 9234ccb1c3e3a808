# generator methods: send, throw (instance and class forms), close, and their edge cases
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("finished generator:", e.value)

try:
    accumulator().send(3)
except TypeError as e:
    print("TypeError:", e)


def guarded():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("generator handled", e)
        except KeyError:
            print("generator re-raising")
            raise


g = guarded()
print(next(g))
print(g.throw(ValueError("first")))
print(g.throw(ValueError, "second"))
print(g.throw(ValueError))
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished after the exception")

try:
    guarded().throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted generator raises at once:", e)

try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)


class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def catcher():
    try:
        yield 1
    except Custom as e:
        yield e.code


g = catcher()
next(g)
print("custom class thrown:", g.throw(Custom, 7))


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


g = with_cleanup()
print(next(g))
print(g.close(), "closed")
print(g.close(), "closing again is fine")
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

fresh = with_cleanup()
fresh.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = returns_on_exit()
next(g)
print("close after return:", g.close())


def delegating():
    result = yield from guarded()
    return result


d = delegating()
print(next(d))
print(d.throw(ValueError("through yield from")))
print(sorted(iter([3, 1, 2].pop, 1)))
counter = iter(range(10))
print(list(iter(lambda: next(counter), 5)))


def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("inner closed")
    return "inner result"


def outer():
    try:
        result = yield from inner()
        print("outer got", result)
    finally:
        print("outer closed")


o = outer()
print(next(o))
o.close()


def inner_returns():
    try:
        yield "waiting"
    except KeyError:
        return "recovered"


def outer_returns():
    value = yield from inner_returns()
    yield "outer saw " + value


o = outer_returns()
print(next(o))
print(o.throw(KeyError("k")))


def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        yield "list delegate: " + str(e)


o = over_list()
print(next(o), o.throw(ValueError("v")))
