class A:
    pass


class B:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


cases = [
    ("A + int", lambda: A() + 1),
    ("int + A", lambda: 1 + A()),
    ("A - A", lambda: A() - A()),
    ("A * str", lambda: A() * "s"),
    ("A / float", lambda: A() / 1.5),
    ("A // A", lambda: A() // A()),
    ("A % A", lambda: A() % A()),
    ("A ** 2", lambda: A() ** 2),
    ("A @ A", lambda: A() @ A()),
    ("A << 1", lambda: A() << 1),
    ("A & 1", lambda: A() & 1),
    ("A | None", lambda: A() | None),
    ("A ^ A", lambda: A() ^ A()),
    ("B + B", lambda: B() + B()),
    ("B + A", lambda: B() + A()),
    ("list + B", lambda: [] + B()),
    ("str + A", lambda: "x" + A()),
    ("pow3", lambda: pow(A(), 2, 3)),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(f"{label:10} | {e}")


class ReturnsNI:
    def __lt__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return NotImplemented


print(ReturnsNI() == ReturnsNI(), ReturnsNI() != 3)
x = ReturnsNI()
print(x == x)
try:
    ReturnsNI() < 3
except TypeError as e:
    print(e)
print(type(NotImplemented).__name__, repr(NotImplemented))
A() + "end"
