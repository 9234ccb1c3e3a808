from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

d = deque([1])
d.append(d)
print(d)
dd = defaultdict(list)
dd["self"] = dd
print(dd)
od = OrderedDict(a=1)
od["me"] = od
print(od)
cm = ChainMap({"x": 1})
cm.maps.append(cm)
print(len(cm.maps))


class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Item) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"Item({self.n})"


items = deque([Item(1), Item(2), Item(1)])
print(items, items.count(Item(1)), items.index(Item(2)), Item(2) in items)
items.remove(Item(1))
print(items, Counter([Item(1), Item(1), Item(3)]), OrderedDict([(Item(1), "a")]))
print(defaultdict(lambda: Item(0))["k"], Counter({Item(5): 2}).most_common())
print(Counter("aab") == Counter("aba"), Counter(a=2) == Counter(a=2.0), Counter() == {}, Counter(a=0) == Counter())
print(Counter(a=1) < Counter(a=1, b=1), Counter(a=2) > Counter(a=1, b=0), Counter(a=1) <= Counter())
print(Counter(a=1) == OrderedDict(a=1), OrderedDict(a=1) == Counter(a=1), OrderedDict(a=1) == defaultdict(int, a=1))
try:
    Counter(a=1) < {"a": 2}
except TypeError as e:
    print("TypeError", e)
print(Counter({"x": 2.5, "y": -1}).total(), Counter(a=3).most_common(10), Counter("abc").most_common(1))
print(deque([1, 2, 3]) > deque([1, 2]), deque() == deque([], maxlen=3), deque([1]) != deque([2]))
print(deque("abc")[-3], deque(range(5)).index(3, -3), deque([3, 2, 1]) * 0, 2 * deque([1]))
try:
    deque([1]).rotate("x")
except TypeError as e:
    print("TypeError", e)
try:
    deque(maxlen="x")
except TypeError as e:
    print("TypeError", e)
try:
    deque([1], 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    deque([1, 2]).index(1, 5)
except ValueError as e:
    print("ValueError", e)
try:
    OrderedDict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    OrderedDict({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    defaultdict(int, {}, {})
except TypeError as e:
    print("TypeError", e)
try:
    Counter(a=1).elements(1)
except TypeError as e:
    print("TypeError", e)
try:
    Counter().most_common("x")
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("P", "x", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("P", 5)
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "x y", module="geometry")
print(P.__module__, P(1, 2), P.__qualname__, P.__match_args__)
Q = namedtuple("Q", "a b", defaults=iter([9]))
print(Q(1), Q._field_defaults)
R = namedtuple("R", (f for f in ["u", "v"]))
print(R(1, v=2), R._fields, R(*"ab")._asdict())
print(P(1, 2) == Q(1, 2), P(1, 2) < P(1, 3), P(x=1, y=2) != (1, 2))
try:
    P(1, 2).x = 0
except AttributeError as e:
    print("AttributeError", e)
try:
    del P(1, 2).x
except AttributeError as e:
    print("AttributeError", e)
try:
    P._make(iter([1]))
except TypeError as e:
    print("TypeError", e)
print(P._make(iter([1, 2])), P._make(range(2)), P(*[5, 6])._replace())
dd2 = defaultdict(int)
print(dd2["a"], dd2.get("b"), "b" in dd2, dd2.pop("c", None), dd2.setdefault("d"), dd2)
print(defaultdict(list).default_factory is list, defaultdict().default_factory)
print(defaultdict(int, [("a", 1), ("b", 2)]), defaultdict(int, ((k, len(k)) for k in ["xy", "z"])))
print(OrderedDict((k, k * 2) for k in "ab"), deque((x for x in range(3)), maxlen=2))
