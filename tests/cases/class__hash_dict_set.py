class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "first", Key(3, 4): "second"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d)
d[Key(1, 2)] = "replaced"
print(len(d), d[Key(1, 2)])
print(d.get(Key(9, 9), "missing"))
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
s.discard(Key(1, 1))
print(s)
print(hash(Key(1, 2)) == hash(Key(1, 2)))


class Plain:
    pass


# default identity hashing: usable as dict keys and set members
p, q = Plain(), Plain()
reg = {p: "p", q: "q"}
print(reg[p], reg[q], len({p, p, q}), p in {q})
print(hash(p) == hash(p), isinstance(hash(p), int))


class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return self.v == other.v


c = {ConstHash(1), ConstHash(2), ConstHash(1)}
print(len(c), sorted(x.v for x in c), hash(ConstHash(0)))


class HashOnly:
    def __hash__(self):
        return 7


print(hash(HashOnly()), len({HashOnly(), HashOnly()}))


# subclass inherits __hash__ when it does not define __eq__
class SubKey(Key):
    pass


print({SubKey(1, 2): 1}[Key(1, 2)])

counts = {}
for k in [Key(0, 0), Key(0, 1), Key(0, 0)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
