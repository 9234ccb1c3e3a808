d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
print(d)
del d["a"], d["d"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
d["b"] = 5
print(d)
n = {1: {2: {3: "deep"}}}
del n[1][2][3]
print(n)
t = {(1, 2): "x", 1.0: "y"}
del t[1]
del t[1, 2]
print(t)
try:
    del t[[1]]
except TypeError as e:
    print(type(e).__name__, e)
keys = [k for k in {"x": 1, "y": 2, "z": 3}]
m = {"x": 1, "y": 2, "z": 3}
for k in keys:
    if k != "y":
        del m[k]
print(m)
s = {1: 1}
del s[True]
print(s, len(s))
