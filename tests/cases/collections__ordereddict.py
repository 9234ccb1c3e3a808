from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("c", False)
print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, dict(a) == dict(b))
print(list(reversed(a)), list(reversed(a.items())), list(reversed(a.keys())), list(reversed(a.values())))
print(repr(OrderedDict()), repr(OrderedDict(k=[1, 2])), str(a))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
a.update(z=3)
a.update([("w", 4)])
a["x"] = 10
print(a)
print(a.pop("y"), a.pop("nope", "dflt"), a.setdefault("v", 5), a)
c = a.copy()
c.move_to_end("x")
print(a, c, type(c).__name__)
print(isinstance(a, dict), type(a).__name__, len(a), "z" in a)
print(a | {"q": 1}, {"q": 1} | a)
del a["z"]
print(a)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
s = OrderedDict(sorted({"pear": 1, "apple": 4, "banana": 3}.items(), key=lambda t: t[1]))
print(s, next(iter(s)), next(reversed(s)))
try:
    for k in a:
        a["new" + str(k)] = 0
except RuntimeError as e:
    print("RuntimeError", e)
