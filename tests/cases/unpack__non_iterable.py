for value in [5, None, 1.5, True]:
    try:
        a, b = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, *b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for x, y in [1, 2]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = [1, 2], [3]
    print(a, b, c)
    (a, b), c = [1], 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    [(p, q) for p, q in ["ab", "c"]]
except ValueError as e:
    print(type(e).__name__, e)
x, y = "hi"
print(x, y)
