words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({i: i ** 2 for i in range(5) if i % 2 == 0})
print({k: [] for k in "ab"})
print({i % 3: i for i in range(10)})
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
print({x: y for x, y in zip("abc", range(10))})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
