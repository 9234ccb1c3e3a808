def noisy(items):
    for x in items:
        print("yield", x)
        yield x


# `in` consumes a generator only up to the first match
g = noisy([1, 2, 3, 4])
print(2 in g)
print("rest:", list(g))
print(9 in noisy([1, 2]))
print("b" not in (c for c in "abc"))
print(3 in (x for x in range(10) if x % 3 == 0))
