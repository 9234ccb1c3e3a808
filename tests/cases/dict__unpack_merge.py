a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b})
print({**b, **a})
print({"y": 0, **a, "x": 9})
print({**a, "x": 100, **{"x": 200}})
print({**{}}, {**a} == a, {**a} is a)
def show(**kw):
    return kw
print(show(**a, z=5))
try:
    show(**a, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**a, x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**None)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a, **b), dict(**a))
print({**dict.fromkeys(range(3)), 1: "one"})
