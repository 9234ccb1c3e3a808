class A:
    kind = "a"

    def __init__(self):
        self.v = 1

    def method(self):
        return self.missing


a = A()
for name in ("x", "v", "kind", "method"):
    try:
        print(name, "->", getattr(a, name) if name != "method" else "method found")
    except AttributeError as e:
        print(name, "->", type(e).__name__, e)

try:
    a.x
except AttributeError as e:
    print("instance:", e)

try:
    A.x
except AttributeError as e:
    print("class:", e)

try:
    A.v
except AttributeError as e:
    print("class lookup of an instance attribute:", e)

try:
    a.method()
except AttributeError as e:
    print("inside a method:", e)


class B(A):
    pass


try:
    B().nope
except AttributeError as e:
    print("subclass:", e)

try:
    B.nope
except AttributeError as e:
    print("subclass type:", e)

print(getattr(a, "x", "default"), getattr(A, "nope", None))
print(hasattr(a, "v"), hasattr(a, "x"), hasattr(A, "kind"), hasattr(A, "v"))
a.x
