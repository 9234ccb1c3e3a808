d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(list(d))
d["b"] = 10
print(list(d), d)
del d["b"]
d["b"] = 20
print(list(d), d)
x = d.pop("a")
d["a"] = x
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.values()))
print({1: 1, 1.0: 2, True: 3})
print({1.0: "f", 1: "i"})
f = {"z": 0}
f.update({"y": 1, "z": 2})
print(f)
g = dict([("k2", 0), ("k1", 0), ("k2", 1)])
print(g)
h = {k: v for k, v in [("p", 1), ("q", 2), ("p", 3)]}
print(h)
print({**{"a": 1, "b": 2}, "a": 3})
print(dict(sorted(e.items())))
print(dict(reversed(list(e.items()))))
