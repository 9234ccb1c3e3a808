class Trio:
    def __iter__(self):
        yield "a"
        yield "b"
        yield "c"


x, y, z = Trio()
print(x, y, z)
first, *rest = Trio()
print(first, rest)
*init, last = Trio()
print(init, last)
for a, b, c in [Trio(), Trio()]:
    print(a + b + c)

try:
    m, n = Trio()
except ValueError as e:
    print(type(e).__name__, e)

try:
    m, n, o, pp = Trio()
except ValueError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 100
        raise IndexError


u, v = Seq()
print(u, v)


class NotIter:
    pass


try:
    a, b = NotIter()
except TypeError as e:
    print(type(e).__name__, e)
