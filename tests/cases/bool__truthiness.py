# bool() of every kind of value; empty containers and zeros are falsy.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), float("inf"), "", " ", "0", "False", b"", b"\x00",
        [], [0], [[]], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, 10**100]
for v in vals:
    print(repr(v), bool(v))
print(bool(), bool(len("")))
count = 0
for v in vals:
    if v:
        count += 1
print("truthy count", count)
print(not [], not [0], not None, not "", not "x")
n = 0
while n < 3 and [n]:
    n += 1
print(n)
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None, 0.0]), all(vals), any(vals))
print([v for v in [0, 1, "", "a", None, [], [1]] if v])
print(list(filter(None, [0, 1, 2, "", "x", None, False, True])))
