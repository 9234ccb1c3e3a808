# abs() on ints, floats, bools, big ints and special floats.
vals = [0, -0, 5, -5, 2.5, -2.5, -0.0, True, False, -(10**30), float("-inf")]
for v in vals:
    r = abs(v)
    print(repr(v), repr(r), type(r).__name__)
print(abs(float("nan")))
print(abs(-2**63), abs(-2**64))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs([1])
except TypeError as e:
    print(type(e).__name__, e)
print(max(abs(x) for x in [-9, 3, 7]))
print(sorted([-3, 2, -1, 0], key=abs))
