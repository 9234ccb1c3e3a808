print(dict.fromkeys(["a", "b", "a"]))
print(dict.fromkeys(range(3), "v"))
print(dict.fromkeys(""))
print(dict.fromkeys((1, True, 1.0), 0))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
separate = {k: [] for k in "xy"}
separate["x"].append(1)
print(separate)
d = {}.fromkeys([3, 1, 2])
print(d, list(d))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
