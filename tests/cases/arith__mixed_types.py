# Result types of mixed int/float/bool arithmetic.
vals = [3, 2.5, True, -4, 0.0, False]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(type(r).__name__[0] + ":" + repr(r))
    print(" ".join(row))
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(True + True).__name__)
print(True + True, True * 10, False - True, -True)
print(3 * 1.5, 3 - 0.5, 2 * True)
print(10**20 + 0.5)
print(10**16 + 1.0, float(10**16 + 1))
print(1 - 0.9)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(0.1 * 3, 0.3 / 0.1)
print(sum([0.1] * 10))
print(1e16 + 1, 1e16 + 2)
print(3 * "ab", "ab" * 3, [0] * 3, (1,) * 2)
print(True * "x", False * "x" == "")
