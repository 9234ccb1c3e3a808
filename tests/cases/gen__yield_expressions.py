def pairs():
    yield 1, 2
    yield (3, 4)
    yield
    yield None
    yield [5]


print(list(pairs()))

def received():
    got = yield "first"
    print("received", got)
    got = yield "second"
    print("received", got)


for v in received():
    print("yielded", v)

def in_expression():
    total = 0
    for i in range(3):
        x = (yield i)
        total += 0 if x is None else x
    yield ("total", total)


print(list(in_expression()))

def conditional_yields(n):
    for i in range(n):
        yield i if i % 2 else -i


print(list(conditional_yields(5)))
