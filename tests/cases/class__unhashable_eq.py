class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(WithEq.__hash__ is None)
for attempt in (lambda: hash(WithEq(1)), lambda: {WithEq(1)}, lambda: {WithEq(1): 1},
                lambda: WithEq(1) in {1: 2}, lambda: frozenset([WithEq(2)])):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)


class Child(WithEq):
    pass


try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)


class Fixed(WithEq):
    def __hash__(self):
        return hash(self.v)


print(hash(Fixed(3)) == hash(3), len({Fixed(1), Fixed(1)}))


class Explicit:
    __hash__ = None


try:
    {Explicit()}
except TypeError as e:
    print(type(e).__name__, e)

# still usable in lists and with ==
items = [WithEq(1), WithEq(2)]
print(WithEq(2) in items, items.index(WithEq(2)))
s = set()
s.add(WithEq(5))
