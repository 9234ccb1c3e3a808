t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.count(1.0))
print(t.index(2), t.index(2, 2), t.index(2, 4, 6), t.index(1, -2))
for args in [(9,), (3, 3), (1, 1, 4)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.count(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for name in ["append", "sort", "count", "index", "copy"]:
    print(name, hasattr(t, name))
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(((1, 2), [3]).index([3]), ((1, 2), [3]).count((1, 2)))
