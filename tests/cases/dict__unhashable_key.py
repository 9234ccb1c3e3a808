d = {}
for key in [[1], {1}, {"a": 1}, ([1],)]:
    try:
        d[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1, 2]: "v"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {k: 0 for k in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
d[(1, 2)] = "tuple ok"
d[frozenset({1})] = "frozenset ok"
d[None] = "none ok"
d[1.5] = "float ok"
print(d)
print(d[frozenset([1])], d.get(frozenset()))
d[{}] = 0
