class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(f"${self.cents / 100:.2f}", spec)

    def __str__(self):
        return "Money-str"

    def __repr__(self):
        return "Money-repr"


m = Money(1234)
print("{0}|{0:c}|{0:>9}|{1}".format(m, 5))
print("{}|{:c}".format(m, m), "{x:c}".format(x=m))
print("{0!s} {0!r} {0!r:>12}".format(m))
print("[{:^11}]".format(m))


class Plain:
    def __str__(self):
        return "plain"


print("{}".format(Plain()), "{:}".format(Plain()), "{!s:>7}".format(Plain()))
try:
    "{:>7}".format(Plain())
except TypeError as e:
    print(type(e).__name__, e)


class Pt:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]


print("{0.x} {0.items[1]}".format(Pt()))
