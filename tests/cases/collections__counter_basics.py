from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(Counter({"x": 3, "y": -1}), Counter(a=2, b=5), Counter(["p", "q", "p"], q=4))
print(Counter(), Counter([]), Counter({}))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update("aaz")
c.update({"b": 10}, r=-2)
print(c)
c.subtract("bbb")
c.subtract({"a": 1}, c=5)
print(c)
c.update(Counter(q=1))
print(c, c.total(), Counter().total())
del c["zz"]
del c["q"]
print(c)
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=3, b=1) == Counter(b=1, a=3), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1))
print(isinstance(c, dict), type(c).__name__, type(c), dict(Counter("aab")))
print(list(Counter("cabbage")), list(Counter("cabbage").keys()), list(Counter("cabbage").values()))
print(Counter("hello world").most_common(3))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(1)[0], Counter(len(w) for w in words))
print(repr(Counter({"b": 1, "a": 1, "c": 2})), str(Counter([3, 1, 3, 2])))
d = Counter(a=1)
d["b"] += 1
d["c"] -= 2
print(d, d.get("zz"), d.get("zz", 7), d.setdefault("e", 5), d.pop("a"), d)
cc = d.copy()
cc["b"] = 100
print(d, cc, type(cc).__name__)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Counter())
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __iter__(self):
        return iter("xyx")
print(Counter(K()), Counter(iter("mmn")), Counter(x % 3 for x in range(10)))
