counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = {"k": None}
print(d.get("k", "default"), d.setdefault("k", 5), d)
lst = d.setdefault("new", [])
lst.append(1)
print(d)
print(d.setdefault("new", "ignored"))
try:
    d.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(d.get(1.0), {1: "x"}.get(1.0), {1: "x"}.get(True))
sorted(counts.items())
