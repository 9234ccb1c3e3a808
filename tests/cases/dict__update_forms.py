d = {"a": 1}
d.update({"b": 2})
print(d)
d.update([("c", 3), ["d", 4]])
print(d)
d.update(e=5, a=0)
print(d)
d.update({"f": 6}, g=7)
print(d)
d.update()
d.update(())
print(d)
d.update(zip("xy", [8, 9]))
print(d)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
print(d)
