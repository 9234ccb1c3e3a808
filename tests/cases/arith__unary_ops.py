# Unary +, -, ~ on ints, floats and bools.
for v in [0, 5, -5, 10**20, True, False, 2.5, -0.0, 0.0]:
    print(repr(v), repr(+v), repr(-v), type(+v).__name__, type(-v).__name__)
for v in [0, 1, -1, 255, -256, 10**20, True, False]:
    print(repr(v), ~v, type(~v).__name__)
print(- - 5, -(-5), +-+-3, ~~7, not not 3)
print(-2 ** 2, (-2) ** 2, -2 ** -1)
print(~0 == -1, ~-1 == 0)
print(-(2**63), -(2**64) + 1)
x = 4
x = -x
print(x)
print(-0, -0.0, 0.0 == -0.0)
