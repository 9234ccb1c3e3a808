class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self[key]  # range check
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], len(g))
print("\n".join("".join(g[x, y] for x in range(g.w)) for y in range(g.h)))
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g[3, 0] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)


class Default:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        self.data[k] = v


d = Default()
d["a"] += 5
d["a"] += 1
d["b"] -= 2
print(sorted(d.data.items()))
d["x"] = d["y"] = 7
print(sorted(d.data.items()))

counts = Default()
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.data.items()))


class ReadOnly:
    def __getitem__(self, k):
        return k


r = ReadOnly()
print(r[1], r["k"], r[1, 2], r[None])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)


class Nothing:
    pass


try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
