def counter(name, start):
    n = start
    while True:
        yield f"{name}{n}"
        n += 1


a = counter("a", 0)
b = counter("b", 100)
print(next(a), next(a), next(b), next(a), next(b))

def roundrobin(*gens):
    pending = list(gens)
    while pending:
        alive = []
        for g in pending:
            v = next(g, None)
            if v is not None:
                print(v)
                alive.append(g)
        pending = alive


def limited(tag, n):
    for i in range(n):
        yield f"{tag}-{i}"


roundrobin(limited("x", 3), limited("y", 1), limited("z", 2))

g1 = limited("same", 2)
g2 = limited("same", 2)
print(g1 is g2, list(g1), list(g2))
