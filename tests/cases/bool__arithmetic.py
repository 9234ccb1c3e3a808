# bool is a subclass of int: arithmetic yields ints (or floats), never bools.
ops = [True + True, True - False, True * 5, True / 2, True // 1, True % 2, True ** 3, -True, +True, ~True, ~False]
for r in ops:
    print(repr(r), type(r).__name__)
print(True + 0.5, type(True + 0.5).__name__)
print(sum([True, False, True, True]), sum(x > 2 for x in [1, 2, 3, 4, 5]))
print(divmod(True, True), pow(True, -1), True << 4, False >> 1)
print(abs(True), abs(False), round(True), max(True, False), min(True, 0.5))
print(["a", "b"][True], ["a", "b"][False], "xyz"[True:])
print(True * "ab", [1] * False, (0,) * True)
x = True
x += 1
print(x, type(x).__name__)
y = False
y -= True
print(y, type(y).__name__)
print(int(True) == 1, True == 1.0, hash(True) == hash(1))
print({True: "a", 1: "b", 1.0: "c"})
print(len({True, 1, 1.0, False, 0, 0.0}))
sum([True, True, 2.5, False])
