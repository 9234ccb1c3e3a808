class A:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


a = A()
print(a.x)
try:
    a.x = 2
except AttributeError as e:
    print(type(e).__name__, e)

try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)


class W:
    def _set(self, v):
        self._v = v

    v = property(None, _set)


w = W()
w.v = 5
print(w._v)
try:
    w.v
except AttributeError as e:
    print(type(e).__name__, e)


class Fails:
    @property
    def broken(self):
        raise KeyError("inside getter")

    @property
    def attr_inside(self):
        return self.nope


try:
    Fails().broken
except KeyError as e:
    print(type(e).__name__, e)

try:
    Fails().attr_inside
except AttributeError as e:
    print(type(e).__name__, e)

# the property object is on the class; the instance cannot shadow it
print(type(A.x).__name__)
a.x = 3
