class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  bool called", self.on)
        return self.on


class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


class Neither:
    pass


print(len(Bag(1, 2, 3)), len(Bag()), bool(Bag()), bool(Bag(0)))
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Both()), len(Both()), bool(Neither()))

if Bag():
    print("empty bag is truthy")
else:
    print("empty bag is falsy")

print("not:", not Bag(), not Bag(1), not Flag(False))
print("and:", Flag(True) and "rhs")
r = Flag(False) and "never"
print("and-short:", type(r).__name__, r.on)
r = Bag() or "fallback"
print("or:", r)
r = Bag(1) or "fallback"
print("or-keep:", type(r).__name__, len(r))

b = Bag(1, 2, 3)
while b:
    b.items.pop()
    print("  popped, left", len(b))

print([len(x) for x in [Bag(), Bag(1), Bag(1, 2)] if x])
print(any([Bag(), Bag()]), all([Bag(1), Flag(True)]))
x = "yes" if Flag(True) else "no"
print(x)
print(Bag(1) if Bag() else Bag(1, 2, 3, 4) and len(Bag(9)))
print(len(list(filter(None, [Bag(), Bag(1), Neither(), Flag(False)]))))

try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)

try:
    len(Flag(True))
except TypeError as e:
    print(type(e).__name__, e)
