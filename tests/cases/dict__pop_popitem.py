d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", None), d.pop("zz", 0))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d["d"] = 4
d["a"] = 10
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.popitem(1)
except TypeError as e:
    print(type(e).__name__, e)
e = {1: "x", 2: "y"}
try:
    e.pop(3)
except KeyError as err:
    print(repr(err), err.args)
items = []
while e:
    items.append(e.popitem())
print(items)
