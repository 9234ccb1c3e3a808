d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it)
print(len(k), len(v), len(it))
print("a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it, "a" in it)
del d["a"]
print(list(k), list(v), list(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k == {"b", "c"}, k == ["b", "c"], v == v, it == {("b", 2), ("c", 3)})
print(d.values() == d.values())
print(sorted(k, reverse=True), max(v), sum(v))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ([1], 2) in it
except TypeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.items())
print(bool({}.keys()), bool(k))
list(it)
