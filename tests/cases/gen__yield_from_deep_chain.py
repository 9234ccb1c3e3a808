# Values, sends, returns and exceptions passing through chains of generators delegating with `yield from`.
def chain(n):
    if n == 0:
        got = yield "bottom"
        while got is not None:
            got = yield f"echo {got}"
        return "done"
    result = yield from chain(n - 1)
    return f"{result}/{n}"


g = chain(30)
print(next(g), g.send(1), g.send("two"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def counter(n):
    yield n
    if n < 200:
        yield from counter(n + 1)


print(sum(counter(0)), len(list(counter(150))))


def catcher(depth):
    if depth == 0:
        while True:
            try:
                yield "waiting"
            except KeyError as e:
                yield f"caught {e} at the bottom"
    try:
        yield from catcher(depth - 1)
    except ValueError as e:
        yield f"caught {e} at depth {depth}"


c = catcher(10)
print(next(c), c.throw(KeyError("k")), next(c), c.throw(ValueError("v")))
try:
    next(c)
except StopIteration:
    print("stopped")


def closing(depth, log):
    try:
        if depth == 0:
            yield "deep"
            yield "deeper"
        else:
            yield from closing(depth - 1, log)
    finally:
        log.append(depth)


log = []
k = closing(5, log)
print(next(k))
k.close()
print(log)


def inner():
    x = yield 1
    raise RuntimeError(f"inner got {x}")


def outer(depth):
    if depth == 0:
        yield from inner()
    else:
        yield from outer(depth - 1)


o = outer(20)
print(next(o))
try:
    o.send("boom")
except RuntimeError as e:
    print("RuntimeError:", e)


def twice(depth):
    if depth == 0:
        yield 1
        yield 2
        return
    yield from twice(depth - 1)
    yield from twice(depth - 1)


print(list(twice(6))[:10], len(list(twice(6))))
x = chain(3)
print(next(x))
try:
    x.send(5)
    print(next(x))
    next(x)
except StopIteration as e:
    print("returned", e.value)
