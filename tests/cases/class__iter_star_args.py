class Trio:
    def __iter__(self):
        yield "a"
        yield "b"
        yield "c"


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 100
        raise IndexError


def f(*args):
    return args


def g(x, y, z):
    return x + y + z


print(f(*Trio()))
print(g(*Trio()))
print(f(1, *Trio(), 2, *Seq()))
print([*Trio()], (*Trio(), "d"), sorted({*Trio(), *Seq()}, key=str))
print([*Seq(), *Trio()])
print(max(*Seq()), min(*Trio()))


class NotIter:
    pass


try:
    f(*NotIter())
except TypeError as e:
    print(type(e).__name__, e)

try:
    [*NotIter()]
except TypeError as e:
    print(type(e).__name__, e)
