d = {"a": 1, 2: "two", (1, 2): "tup"}
for k in ["b", 3, (1, 3), None, ""]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("del", e)
try:
    {}.pop(0)
except KeyError as e:
    print("pop", e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["x"]
except LookupError as e:
    print("caught as LookupError", type(e).__name__)
print(d[2], d[(1, 2)], d["a"])
d["missing key"]
