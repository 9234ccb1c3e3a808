# dict(m), d.update(m), {**m} and f(**m) take any object with keys() (and [key]) as a mapping, as CPython:
# for k in m.keys(): d[k] = m[k]. Without a keys attribute, dict() and update() take pairs.
from collections import ChainMap, UserDict
from collections.abc import Mapping


class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


class Forever:
    # keys() and a __getitem__ that never raises: the keys decide, no endless pair iteration
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return 1


class Logged:
    def __init__(self):
        self.log = []

    def keys(self):
        self.log.append("keys")
        return iter(["x", "y"])

    def __getitem__(self, k):
        self.log.append("get " + k)
        return len(self.log)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


class Pairs:
    def __iter__(self):
        return iter([("p", 1), ["q", 2], "rs"])


def kw(**kwargs):
    return kwargs


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


cm = ChainMap({"a": 1}, {"b": 2, "a": 0})
ud = UserDict(u=1, v=2)
fm = Frozen(s=1, t=2)
show("dict M", lambda: dict(M()))
show("dict M kw", lambda: dict(M(), x=1, a="kw wins"))
show("dict Forever", lambda: dict(Forever()))
show("dict ChainMap", lambda: dict(cm))
show("dict UserDict", lambda: dict(ud))
show("dict Mapping", lambda: dict(fm))
show("dict Pairs", lambda: dict(Pairs()))
show("dict gen", lambda: dict((k, k.upper()) for k in "ab"))
lg = Logged()
show("dict Logged", lambda: dict(lg))
print(lg.log)

d = {"z": 0}
d.update(M())
d.update(cm, extra=3)
d.update(fm)
d.update(Pairs())
print(d)
d2 = {}
d2.update(g=(x for x in "ab"))
print(type(d2["g"]).__name__)
dict.update(d2, Forever())
print(sorted(d2))

show("{**M}", lambda: {**M(), "c": 3})
show("{**ChainMap}", lambda: {**cm})
show("{**UserDict}", lambda: {"u": 0, **ud})
show("{**Mapping}", lambda: {**fm, **Forever()})
show("f(**M)", lambda: kw(**M()))
show("f(**ChainMap)", lambda: kw(z=1, **cm))
show("dict(**Mapping)", lambda: dict(**fm))
show("f(**UserDict)", lambda: kw(**ud, w=3))
lg = Logged()
show("{**Logged}", lambda: {**lg})
print(lg.log)


# errors: not a mapping, missing __getitem__, bad keys(), duplicates, non-str keys, guest KeyError
class NoGet:
    def keys(self):
        return ["a"]


class BadKeys:
    def keys(self):
        return 5

    def __getitem__(self, k):
        return 1


class Missing:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        if k == "b":
            raise KeyError(k)
        return 1


class Dup:
    def keys(self):
        return ["a", "a"]

    def __getitem__(self, k):
        return 1


class IntKeys:
    def keys(self):
        return [1]

    def __getitem__(self, k):
        return 1


class InnerAttr:
    def keys(self):
        raise AttributeError("inner")

    def __getitem__(self, k):
        return 1


class Plain:
    pass


show("{**1}", lambda: {**1})
show("{**None}", lambda: {**None})
show("{**list}", lambda: {**[("a", 1)]})
show("{**Plain}", lambda: {**Plain()})
show("f(**1)", lambda: kw(**1))
show("f(**list)", lambda: kw(**[("a", 1)]))
show("print(**Plain)", lambda: print(**Plain()))
show("dict(**1)", lambda: dict(**1))
show("dict Plain", lambda: dict(Plain()))
show("dict 5", lambda: dict(5))
show("dict two", lambda: dict(M(), M()))
show("update two", lambda: {}.update(M(), M()))
show("dict NoGet", lambda: dict(NoGet()))
show("{**NoGet}", lambda: {**NoGet()})
show("f(**NoGet)", lambda: kw(**NoGet()))
show("dict BadKeys", lambda: dict(BadKeys()))
show("{**BadKeys}", lambda: {**BadKeys()})
show("f(**BadKeys)", lambda: kw(**BadKeys()))
show("dict Missing", lambda: dict(Missing()))
show("{**Missing}", lambda: {**Missing()})
show("f(**Missing)", lambda: kw(**Missing()))
show("f(**Dup)", lambda: kw(**Dup()))
show("f(a, **Missing)", lambda: kw(a=0, **Missing()))
show("f(**ChainMap) dup", lambda: kw(a=0, **cm))
show("dict Dup", lambda: dict(Dup()))
show("f(**IntKeys)", lambda: kw(**IntKeys()))
show("print(**IntKeys)", lambda: print(**IntKeys()))
show("{**InnerAttr}", lambda: {**InnerAttr()})
show("f(**InnerAttr)", lambda: kw(**InnerAttr()))
show("dict InnerAttr", lambda: dict(InnerAttr()))


class BadPairs:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


show("pairs int", lambda: dict(BadPairs([("a", 1), 5])))
show("pairs short", lambda: dict(BadPairs([("a", 1), ("b",)])))
show("pairs long", lambda: dict(BadPairs(["abc"])))
show("update pairs", lambda: {}.update(BadPairs([None])))
show("fromkeys", lambda: dict.fromkeys(Frozen(k=1, j=2)))
