print([1, 2] * 3, 3 * [0], [1] * 0, [1] * -2)
print([] * 100, [None] * 2)
print([1] + [2] + [], [[]] * 2)
print(len([0] * 1000))
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] - [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + None
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] * True, [1, 2] * False)
x = [1, 2]
y = x * 1
print(y == x, y is x)
