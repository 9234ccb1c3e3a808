d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
c = d.copy()
c["c"] = 3
print(d, c)
print(d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
d.update(x=1)
print(d)
print(d.popitem(), d)
d.clear()
print(d, len(d))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = {1: "one"}
print(len(e), 1 in e, "one" in e, "one" in e.values())
print(sorted(["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]) == sorted(n for n in ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"] if hasattr(e, n)))
try:
    d.get()
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.get(1, 2, 3)
except TypeError as err:
    print(type(err).__name__, err)
