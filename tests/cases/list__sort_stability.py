recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1), ("u", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
c = list(recs)
c.sort(key=lambda r: 0)
print(c == recs)
c.sort(key=lambda r: 0, reverse=True)
print(c == recs)
strs = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(strs, key=len))
print(sorted(strs, key=len, reverse=True))
print(sorted([True, 0, 1, False, 1.0]))
