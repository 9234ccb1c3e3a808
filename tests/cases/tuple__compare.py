print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == (1.0,), (True,) == (1,))
print((1, "a") < (1, "b"), (1, "a") <= (1, "a"), (0, 5) >= (0, 5, 1))
print(sorted([(2, 1), (1, 2), (1, 1), (2,), ()]))
print(max((1, 2), (1, 2, 0)), min((0, "z"), (0, "a")))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print((None,) > (None,), (None, 1) < (None, 2))
try:
    (None, 1) < (0, 1)
except TypeError as e:
    print(type(e).__name__, e)
print((1, None) < (2, None))
n = float("nan")
print((n,) == (n,), (float("nan"),) == (float("nan"),))
