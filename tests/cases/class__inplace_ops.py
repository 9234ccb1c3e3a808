class Acc:
    def __init__(self, v):
        self.v = v
        self.log = []

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        self.log.append("iadd")
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __add__(self, o):
        self.log.append("add")
        return Acc(self.v + o)


a = Acc(1)
alias = a
a += 5
a -= 1
a *= 10
print(a, alias, a is alias, a.log)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __mul__(self, o):
        return OnlyAdd(self.v * o)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


b = OnlyAdd(1)
alias = b
b += 2   # falls back to __add__: a new object
b *= 3
print(b, alias, b is alias)


class NotImpl:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


c = NotImpl()
c += 1
print(c)


class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"


d = ReturnsOther()
d += 1
print(d)


# augmented assignment on attributes and items with instances
class Holder:
    def __init__(self):
        self.acc = Acc(0)
        self.items = [Acc(1), Acc(2)]


h = Holder()
h.acc += 7
h.items[1] += 40
print(h.acc, h.items)


class Radd:
    def __radd__(self, o):
        return f"radd({o})"


x = 5
x += Radd()
print(x)
lst = [1]
lst += [Acc(3)]
print(lst)

try:
    e = OnlyAdd(1)
    e -= 1
except TypeError as err:
    print(type(err).__name__, err)

try:
    n = 1
    n -= OnlyAdd(1)
except TypeError as err:
    print(type(err).__name__, err)
