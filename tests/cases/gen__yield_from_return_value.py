def inner(n):
    total = 0
    for i in range(n):
        yield i
        total += i
    return total


def outer():
    a = yield from inner(3)
    print("inner(3) returned", a)
    b = yield from inner(4)
    print("inner(4) returned", b)
    return a + b


def driver():
    result = yield from outer()
    print("outer returned", result)
    yield "done"


print(list(driver()))

# yield from a list returns None
def from_list():
    r = yield from [1, 2]
    print("list result", r)


print(list(from_list()))

# a generator without return yields None from yield from
def plain():
    yield 1


def wrap():
    r = yield from plain()
    yield ("plain returned", r)


print(list(wrap()))
