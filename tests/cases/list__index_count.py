a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -2))
print(a.index(3, 0, 3))
print(a.count(2), a.count(5), a.count(1))
print([1, 1.0, True].count(1))
print([[1], [1], (1,)].count([1]))
for args in [(3,), (3, 3), (2, 0, 1), (9,)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [None].index([1, 2])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.count()
except TypeError as e:
    print(type(e).__name__, e)
print(a.index(2, -100, 100))
print([0.5].index(0.5))
