class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(f"${self.cents / 100:.2f}", spec)
        raise ValueError(f"bad spec {spec!r}")

    def __str__(self):
        return "Money-str"


m = Money(1234)
print(format(m), format(m, "c"), format(m, ">10"))
print(f"{m}|{m:c}|{m:>12}|{m!s}|{m!s:>10}")
width = 11
print(f"{m:>{width}}")
try:
    f"{m:zz}"
except ValueError as e:
    print(type(e).__name__, e)


class NoFormat:
    def __str__(self):
        return "nf"


n = NoFormat()
print(format(n), f"{n}", f"{n!r:.3}" == f"{repr(n):.3}")
for spec in (">5", "s", "d"):
    try:
        format(n, spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f"{n:>5}"
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)


class Delegates:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return format(self.v, spec) + "!"


print(f"{Delegates(3.14159):.2f} {Delegates(42):08b} {Delegates('s'):^5}")
