class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


for op, fn in [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y),
               (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]:
    try:
        fn(A(), A())
    except TypeError as e:
        print(op, type(e).__name__, e)

for pair in [(A(), 1), (1, A()), ("s", A()), (A(), B()), (B(), B()), (B(), None)]:
    try:
        pair[0] < pair[1]
    except TypeError as e:
        print(type(e).__name__, e)

try:
    sorted([A(), A()])
except TypeError as e:
    print("sorted:", e)

try:
    max(A(), A())
except TypeError as e:
    print("max:", e)

try:
    min([B(), B()])
except TypeError as e:
    print("min:", e)

# == never raises: it falls back to identity
a = A()
print(a == a, A() == A(), a != 1, B() == B())
A() <= A()
