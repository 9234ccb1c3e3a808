class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(+self.v if self.v > 0 else 0)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)


n = N(-4)
print(-n, +n, abs(n), ~n, -(-n), abs(-N(3)))
print([-x for x in [N(1), N(-2)]])


class Plain:
    pass


for label, fn in [("-", lambda o: -o), ("+", lambda o: +o), ("~", lambda o: ~o), ("abs", abs)]:
    try:
        fn(Plain())
    except TypeError as e:
        print(label, type(e).__name__, e)


class Weird:
    def __neg__(self):
        return "negated"

    def __abs__(self):
        return 42


print(-Weird(), abs(Weird()))
print(not Plain(), not N(0))
