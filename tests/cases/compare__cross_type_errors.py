# Ordering comparisons between unrelated types raise TypeError with exact messages.
pairs = [(1, "1"), ("1", 1), (1.5, "x"), (None, 0), (0, None), (None, None), ([1], (1,)),
         ((1,), [1]), ({1}, [1]), ({}, {}), ({"a": 1}, {"a": 2}), (b"a", "a"), ("a", b"a"),
         ([1, "a"], [1, 2]), ((1, None), (1, 2)), ([], None), (True, "t")]
for a, b in pairs:
    try:
        print(repr(a), repr(b), a < b)
    except TypeError as e:
        print(type(e).__name__, e)
for op, f in [("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]:
    try:
        f(3, "3")
    except TypeError as e:
        print(op, e)
print(1 == "1", 1 != "1", None == 0, [1] == (1,), {} == [], "a" == b"a")
print(1 < 2.5, 2.5 < 10**30, True < 2, [1, 2] < [1, 2, 0], (1, "a") < (2, 0))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
"abc" < 5
