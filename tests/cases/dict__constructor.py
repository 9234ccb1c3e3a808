print(dict(), dict(a=1, b=2), dict([("a", 1)]), dict({"k": "v"}))
print(dict([(1, 2), (3, 4)], five=5))
print(dict({"a": 1}, a=2))
print(dict(zip(range(3), "abc")))
print(dict(["ab", "cd"]))
print(dict([[1, 2]]), dict(((1, 2),)))
src = {"a": [1]}
cp = dict(src)
cp["a"].append(2)
cp["b"] = 0
print(src, cp)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1,)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print(dict(dict(x=1).items()))
print(len(dict.fromkeys(range(50))))
