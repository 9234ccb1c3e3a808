class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


a, b, c, d = A(), B(), C(), D()
print(isinstance(a, A), isinstance(a, B), isinstance(b, A), isinstance(d, C))
print(isinstance(c, (A, B)), isinstance(c, (A, C)), isinstance(d, ()))
print(isinstance(b, (int, (str, A))))
print(isinstance(a, object), isinstance(A, object), isinstance(A, type))
print(isinstance(1, A), isinstance("s", (A, str)))
print(issubclass(B, A), issubclass(A, B), issubclass(D, (C, int)), issubclass(A, A))
print(issubclass(D, object), issubclass(A, (int, str)), issubclass(bool, (A, int)))
print(type(d) is D, type(d) is B, type(d) == D, type(a) is not type(b))
print(type(A).__name__, type(A) is type)

try:
    isinstance(a, a)
except TypeError as e:
    print(type(e).__name__, e)

try:
    issubclass(a, A)
except TypeError as e:
    print(type(e).__name__, e)

try:
    issubclass(A, 3)
except TypeError as e:
    print(type(e).__name__, e)

# filtering a mixed list by class
things = [a, b, c, d, 1, "x", B()]
print([type(t).__name__ for t in things if isinstance(t, A)])
print(sum(1 for t in things if isinstance(t, (C, int))))
