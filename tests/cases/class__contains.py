class Evens:
    def __contains__(self, x):
        print("  contains?", x)
        return x % 2 == 0


e = Evens()
print(4 in e, 3 in e, 3 not in e)


class Truthy:
    def __contains__(self, x):
        return "yes"  # the result is converted to bool


print(1 in Truthy(), 1 not in Truthy())


class ViaIter:
    def __init__(self, *xs):
        self.xs = xs

    def __iter__(self):
        print("  iter called")
        return iter(self.xs)


v = ViaIter(1, 2, 3)
print(2 in v, 5 in v, 5 not in v)


class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(20 in ViaGetitem(), 25 in ViaGetitem(), 0 in ViaGetitem())


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == getattr(other, "v", other)


print(Eq(3) in [1, 2, 3], Eq(4) in (1, 2), 3 in [Eq(1), Eq(3)], Eq(1) in {1: "a"}.keys())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

try:
    "a" in Evens()
except TypeError as e:
    print(type(e).__name__, e)
