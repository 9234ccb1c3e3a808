class A:
    value = 3


a = A()
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)

try:
    a.value()
except TypeError as e:
    print(type(e).__name__, e)

try:
    A.value()
except TypeError as e:
    print(type(e).__name__, e)

print(callable(a), callable(A), callable(a.value))


class B:
    __call__ = None


try:
    B()()
except TypeError as e:
    print(type(e).__name__, e)

fns = [len, A, lambda: 1]
print([callable(f) for f in fns])
a(1, k=2)
