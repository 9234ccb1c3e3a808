class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()


class C(A):
    def f(self):
        return "C.f>" + super(C, self).f()


class D(B, C):
    def f(self):
        return "D.f>" + super(D, self).f()

    def skip(self):
        # start the lookup after B: goes to C
        return super(B, self).f()

    def from_top(self):
        return super(C, self).f()


d = D()
print(d.f())
print(d.skip())
print(d.from_top())
print(super(D, d).g())

# two-arg super outside a class body
print(super(B, d).f())
print(super(A, B()).__init__() is None)

try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(D, d).nothing
except AttributeError as e:
    print(type(e).__name__, e)


# zero-arg and two-arg forms agree
class E(A):
    def both(self):
        return super().g() == super(E, self).g()


print(E().both())
