from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["z"], "z" in groups, len(groups), groups.get("q"), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
seen = defaultdict(set)
seen["a"].add(1); seen["a"].add(1); seen["b"].add(2)
print(seen)
calls = []
def factory():
    calls.append(1)
    return "dflt"
d = defaultdict(factory, {"k": "v"}, extra=1)
print(d["k"], d["new"], d["new"], len(calls), dict(d), d.default_factory is factory)
lam = defaultdict(lambda: [0, 0])
lam["x"][1] += 5
print(dict(lam), lam.default_factory is not None)
n = defaultdict(None, a=1)
print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
e = defaultdict()
print(e, e.default_factory)
try:
    e[("t", 1)]
except KeyError as err:
    print("KeyError", err)
c = counts.copy()
c["zz"] += 1
print(type(c).__name__, c.default_factory is int, "zz" in counts, "zz" in c)
print(repr(defaultdict(int)), repr(defaultdict(list, [(1, [2])])), str(defaultdict(dict)))
print(isinstance(groups, dict), type(groups).__name__, groups == {"a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"], "z": []})
d2 = defaultdict(int)
d2.default_factory = list
d2["a"].append(1)
print(d2, d2.default_factory)
print(d2.get("nope"), d2.setdefault("s", 3), d2.pop("s"), d2)
merged = defaultdict(int, a=1) | {"b": 2}
print(type(merged).__name__, merged, merged.default_factory)
rmerged = {"b": 2} | defaultdict(int, a=1)
print(type(rmerged).__name__, rmerged)
try:
    defaultdict(5)
except TypeError as err:
    print("TypeError", err)
try:
    defaultdict("notcallable", {})
except TypeError as err:
    print("TypeError", err)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root), list(root["a"]))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
print(defaultdict(int, {"a": 1}) == {"a": 1}, defaultdict.__name__)
