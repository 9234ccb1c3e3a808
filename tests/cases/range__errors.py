for args in [(), (1, 2, 3, 4)]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1.0,), ("3",), (0, 5.5), (None,)]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
r = range(3)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r + range(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(range(True, 3), list(range(False, 2)))
range(0, 1, 0)
