import collections.abc as c
print([isinstance(v, c.Sequence) for v in ([], (), "", b"", range(1), {}, set(), 1, iter([]))])
print([isinstance(v, c.Mapping) for v in ([], {}, 1)], [isinstance(v, c.MutableMapping) for v in ([], {}, 1)])
print([isinstance(v, c.Iterable) for v in ([], {}, 1, (x for x in []), iter(""), {}.keys(), None)])
print([isinstance(v, c.Iterator) for v in ([], iter([]), (x for x in []), enumerate([]), zip())])
print([isinstance(v, c.Hashable) for v in (1, "a", (), [], {}, set(), frozenset())])
print([isinstance(v, c.Callable) for v in (len, print, lambda: 0, int, 1, "x", c.Sequence)])
print([isinstance(v, c.Set) for v in (set(), frozenset(), {}.keys(), {}.items(), {}.values(), [])])
print([isinstance(v, c.Sized) for v in ([], "", 1)], isinstance([], c.MutableSequence), isinstance((), c.MutableSequence))
print(issubclass(list, c.Sequence), issubclass(dict, c.Mapping), issubclass(int, c.Iterable), issubclass(bool, c.Hashable))
class It:
    def __iter__(self): return iter([1, 2])
class Sz:
    def __len__(self): return 3
class NoHash:
    def __eq__(self, o): return True
class Plain: pass
print(isinstance(It(), c.Iterable), isinstance(It(), c.Iterator), isinstance(Sz(), c.Sized), isinstance(Plain(), c.Hashable), isinstance(NoHash(), c.Hashable), isinstance(Plain(), c.Sized))
print(issubclass(It, c.Iterable), issubclass(Plain, c.Iterable))
class MySeq(c.Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = MySeq(3, 1, 4, 1)
print(list(s), 4 in s, 7 in s, s.index(1), s.index(1, 2), s.count(1), list(reversed(s)), len(s), isinstance(s, c.Iterable), isinstance(s, c.Sequence), isinstance(s, c.Collection))
try:
    s.index(9)
except ValueError as e: print("ValueError", repr(str(e)))
class MyMap(c.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap()
m["a"] = 1
m.update({"b": 2}, c=3)
m.update([("d", 4)])
print(list(m), list(m.keys()), list(m.values()), list(m.items()), m.get("z", 0), "a" in m, m.setdefault("e", 5), m.pop("a"), m.pop("zz", None), len(m))
print(m == {"b": 2, "c": 3, "d": 4, "e": 5}, m.popitem(), ("c", 3) in m.items(), 3 in m.values(), "c" in m.keys(), m.keys() == {"c", "d", "e"}, m.keys() & {"c", "x"})
try:
    m.pop("nope")
except KeyError as e: print("KeyError", e)
m.clear(); print(len(m), dict(m))
class MySet(c.MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a < a, a == MySet([3, 2, 1]), a.isdisjoint([7]), type(a & b).__name__)
a |= [9]; a -= [1]; print(list(a)); a.remove(9)
try:
    a.remove(100)
except KeyError as e: print("KeyError", e)
print(list(a), a.pop(), list(a))
class MyList(c.MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3, 4]); ml.reverse(); print(list(ml), ml.pop(), ml.pop(0), list(ml)); ml.remove(3); ml += [7]; print(list(ml))
for cls in (c.Sequence, c.Hashable, c.Iterator, c.Mapping, c.Iterable, c.Set):
    try:
        cls()
    except TypeError as e: print(e)
class Half(c.Mapping):
    def __getitem__(self, k): return 1
try:
    Half()
except TypeError as e: print(e)
print(c.Sequence, c.Mapping[str, int], c.Sequence[int], c.Callable[[int, str], bool], c.Callable[..., int], c.Iterable[list[int]])
print(c.KeysView({1: 2}), c.ValuesView({1: 2}), list(c.ItemsView({1: 2})))
print(c.Sequence.__name__, c.Sequence.__module__, c.MutableMapping.__mro__)
