# id() is stable for an object's lifetime and tells live objects apart (the values themselves differ).
x = []
d = {"k": x}
t = (x, 1)
print(id(x) == id(x), id(x) == id(d["k"]), id(t[0]) == id(x), id(x) != id(d), id(x) != id([]))
y = x
y.append(1)
print(id(y) == id(x), x is y)
items = [[] for _ in range(50)]
print(len({id(v) for v in items}), all(id(v) == id(items[i]) for i, v in enumerate(items)))


def f():
    pass


g = f
print(id(f) == id(g), id(len) == id(len), id(f) != id(len), id(None) == id(None), id(int) == id(int))
s = {1, 2}
s.add(3)
print(id(s) == id(s), type(id(x)).__name__, id(x) == id(x) + 0)
e = ValueError("v")
print(id(e) == id(e), id(print) == id(print))
