class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)

    def __setitem__(self, key, value):
        print("  set", key, value)

    def __delitem__(self, key):
        print("  del", key)


r = Recorder()
print(r[1], r[-1], r["k"])
print(r[1:2], r[:3], r[::2], r[1:], r[:], r[::-1], r[1:10:3])
print(r[1:2, 3], r[..., 0])
r[2:4] = [9, 9]
r[::2] = "ab"
del r[1:]
del r[:]
s = r[slice(1, 5)]
print(s, type(slice(1, 2)).__name__)


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self.xs[i] = list(v)
        else:
            self.xs[i] = v

    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))


v = Vec(0, 1, 2, 3, 4, 5)
print(v[2], v[-1], v[1:4], v[::-2], v[:0])
v[0:2] = (10, 11, 12)
print(v, len(v))
v[-1] = 99
print(v)
sl = slice(None, None, 3)
print(v[sl], sl.indices(len(v)))
try:
    v[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    v["x"]
except TypeError as e:
    print(type(e).__name__, e)
