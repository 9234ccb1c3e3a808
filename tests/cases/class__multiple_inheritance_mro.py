class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def only_c(self):
        return "only C"


class D(B, C):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D))
print(D().who(), D().only_c())
print(D.__bases__ == (B, C))


# the classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass


print(names(Aa))


class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass


print(names(R))
print(names(P), names(Q))
print(R.__mro__[-1] is object, len(R.__mro__))


class Mixin:
    def greet(self):
        return "hi from " + self.name()


class Named:
    def name(self):
        return type(self).__name__


class Widget(Mixin, Named):
    pass


print(Widget().greet())
print(names(Widget))
