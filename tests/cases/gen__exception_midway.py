def risky(items):
    for x in items:
        if x < 0:
            raise ValueError(f"negative value: {x}")
        yield x * 2


seen = []
try:
    for v in risky([1, 2, -3, 4]):
        seen.append(v)
except ValueError as e:
    print("caught", type(e).__name__, e)
print("seen before the error:", seen)

try:
    list(risky([5, -1]))
except ValueError as e:
    print("list():", e)

try:
    sum(risky([1, 2, -7]))
except ValueError as e:
    print("sum():", e)

def lookup(d, keys):
    for k in keys:
        yield d[k]


try:
    print(sorted(lookup({"a": 1}, ["a", "b"])))
except KeyError as e:
    print("KeyError", e)

try:
    print(dict(zip("ab", lookup([10], [0, 5]))))
except IndexError as e:
    print("IndexError", e)

# after raising, the generator is finished
g = risky([-1, 2])
try:
    next(g)
except ValueError:
    print("first next raised")
print(next(g, "finished"))
print(list(risky([3, 2, 1, -9])))
