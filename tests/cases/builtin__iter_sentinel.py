def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
print(list(iter(make_counter(), 5)))
print(list(iter(make_counter(), 1)))
data = [3, 1, 4, 0, 5]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
it = iter(make_counter(), None)
print(next(it), next(it), next(it))
lines = ["a", "b", "", "c"]
print([x for x in iter(lambda: lines.pop(0), "")], lines)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([1, 2], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(lambda: 1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
items = iter(lambda: data.pop(), 1)
print(list(items), data)
