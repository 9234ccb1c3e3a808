def make_counter_gen(step):
    def bump(x):
        return x + step
    n = 0
    while n < 10:
        yield n
        n = bump(n)


print(list(make_counter_gen(3)))

def lambdas():
    for i in range(3):
        yield lambda x, i=i: x * i


print([f(10) for f in lambdas()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield [f() for f in fs]


print(list(late_binding()))

def outer(prefix):
    def gen(items):
        for it in items:
            yield prefix + it
    return gen


g = outer("> ")
print(list(g(["a", "b"])))

def accumulator():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    for v in [1, 2, 3, 4]:
        yield add(v)
    yield ("final", total)


print(list(accumulator()))
scale = 2
print(list(x * scale for x in range(4)))
scale = 5
gexp = (x * scale for x in range(3))
scale = 100
print(list(gexp))
