print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any(""), all(""), any("a"), all([[], [1]]), any([[], [1]]))
print(any([None, False, 0, 0.0, "", (), {}]), all([1, "x", (0,), [None]]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any({0: "a"}), all({0: "a"}), any({1}), all(range(1, 4)), all(range(0, 4)))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 4]), seen)
print(type(any([])).__name__, any([1, 2]) is True, all([0]) is False)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
