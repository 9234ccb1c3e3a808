# Identity (is / is not) for singletons, and membership (in / not in) across containers.
x = None
print(x is None, x is not None, None is None, True is True, False is not True)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
e1 = ()
e2 = tuple()
print(e1 == e2, type(None) is type(None), type(e1) is tuple)
print(1 in [1, 2], 3 not in [1, 2], 1.0 in [1, 2], True in [1], "1" in [1])
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "", "abc" in "abc")
print(b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2}, 2.0 in {1, 2}, 2 in frozenset([2]))
print(5 in range(10), 10 in range(10), 5.0 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [[1]], [] in [[]], None in [0, False, ""])
print(not 1 in [2], (not 1) in [2], 1 not in [2] and True)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" in b"abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {(1,): 0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(256 in b"abc")
except ValueError as e:
    print(type(e).__name__, e)
