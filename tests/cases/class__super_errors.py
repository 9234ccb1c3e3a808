class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f/" + super().f()

    @staticmethod
    def stat():
        return super().f()


print(B().f())

try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    B.stat()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(1, B())
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)


class C(A):
    def g(self):
        return super().missing


try:
    C().g()
except AttributeError as e:
    print(type(e).__name__, e)
