class A: pass
class B(A): pass

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class Z(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# order that works
class Good(B, A):
    pass

print([c.__name__ for c in Good.__mro__])


class M: pass
class N(M): pass


class Fail(M, N):
    pass
