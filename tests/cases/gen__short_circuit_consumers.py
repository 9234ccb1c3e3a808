def noisy(items, name):
    for x in items:
        print(f"{name} yields {x!r}")
        yield x


print(any(noisy([0, 0, 3, 0, 5], "any")))
print(all(noisy([1, 2, 0, 4], "all")))
print(next(filter(lambda v: v > 1, noisy([1, 2, 3], "filter"))))
m = map(lambda v: v * 10, noisy([1, 2, 3], "map"))
print("map built")
print(next(m))
print(list(m))
z = zip(noisy("ab", "left"), noisy([1, 2, 3], "right"))
print(list(z))
e = enumerate(noisy("xy", "enum"))
print(next(e))
print(list(e))
for i, v in enumerate(noisy("pqrs", "loop")):
    if i == 1:
        break
print("after break")
