a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[a, *b] = "hi"
print(a, b, type(b).__name__)
a, *b = (9,)
print(a, b)
first, *mid, last = "abcdef"
print(first, mid, last)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
x, *y, z = {1: "a", 2: "b", 3: "c"}
print(x, y, z)
*init, tail = b"ok"
print(init, tail)
head, *_ = [10, 20, 30]
print(head, _)
a, *b, c, d = range(4)
print(a, b, c, d)
(a, b, c, d)
