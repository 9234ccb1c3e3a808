try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = "abcd"
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = range(10 ** 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = {1: 2, 3: 4, 5: 6}
except ValueError as e:
    print(type(e).__name__, e)
