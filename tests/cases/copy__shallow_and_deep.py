import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a")) == (1, "a"))
x = [1]; x.append(x)
y = copy.deepcopy(x)
print(y[1] is y, y is not x, len(y))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset({1})))
class P:
    def __init__(self, x, tags):
        print("init called")
        self.x = x
        self.tags = tags
    def __repr__(self): return "P(%r, %r)" % (self.x, self.tags)
p = P(1, ["a"])
q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, q.tags is p.tags, type(r).__name__)
class C:
    def __init__(self): self.n = 1
    def __copy__(self):
        print("copy hook")
        return "copied"
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
class S:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self):
        st = dict(vars(self)) if False else {"v": self.v}
        return st
    def __setstate__(self, st):
        self.v = st["v"]; self.cache = None
s2 = copy.deepcopy(S()); print(s2.v, s2.cache)
from dataclasses import dataclass, field
@dataclass
class D:
    name: str
    items: list = field(default_factory=list)
d = D("n", [1, [2]])
e = copy.deepcopy(d); f = copy.copy(d)
d.items[1].append(3)
print(d, e, f, e == D("n", [1, [2]]))
@dataclass(frozen=True)
class F:
    a: list
ff = copy.deepcopy(F([1])); print(ff)
class E(Exception):
    pass
ex = copy.copy(E("boom", 2)); print(type(ex).__name__, ex.args)
def fn(): pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(len) is len, copy.copy(P) is P, copy.deepcopy(int) is int)
try:
    copy.copy(x for x in [])
except TypeError as e: print(e)
print(copy.Error.__name__, copy.error is copy.Error)
m = {}
o = [1, 2]
z = copy.deepcopy([o, o], m)
print(z[0] is z[1], len(m) >= 2)
print(copy.deepcopy({"a": (1, [2])}), copy.copy(bytearray(b"ab")), copy.deepcopy(range(3)), copy.copy(None))
class Tree:
    def __init__(self, kids): self.kids = kids; self.parent = None
root = Tree([Tree([]), Tree([])])
for k in root.kids: k.parent = root
r2 = copy.deepcopy(root)
print(r2.kids[0].parent is r2, r2 is not root)
