def selfish():
    yield 1
    yield next(g)


g = selfish()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "done"))
