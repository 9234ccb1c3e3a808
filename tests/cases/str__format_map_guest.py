# str.format_map(m) looks each field up as m[key] (a guest __getitem__, __missing__, ChainMap...), and
# "{0[k]}".format(obj) indexes obj with the guest subscript.
from collections import ChainMap, UserDict, defaultdict
from collections.abc import Mapping


class Echo:
    def __getitem__(self, key):
        return key.upper() + "!"


class Strict:
    def __getitem__(self, key):
        if key == "ok":
            return 42
        raise KeyError(key)


class Shout(UserDict):
    def __missing__(self, key):
        return "<" + key + ">"


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


class Calls:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        return len(self.seen)


class Money:
    def __format__(self, spec):
        return "$" + spec


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("echo", lambda: "{a} and {bee}".format_map(Echo()))
show("echo spec", lambda: "[{a:>6}] {b!r}".format_map(Echo()))
show("echo index", lambda: "{0[k]} {0[other]}".format(Echo()))
show("kw index", lambda: "{m[x]}".format(m=Echo()))
show("nested", lambda: "{d[inner][k]}".format(d={"inner": Echo()}))
show("strict ok", lambda: "{ok:05d}".format_map(Strict()))
show("strict missing", lambda: "{nope}".format_map(Strict()))
show("strict index missing", lambda: "{0[nope]}".format(Strict()))
show("userdict missing", lambda: "{known}/{unknown}".format_map(Shout(known="K")))
show("chainmap", lambda: "{a} {b}".format_map(ChainMap({"a": 1}, {"a": 0, "b": 2})))
show("chainmap missing", lambda: "{c}".format_map(ChainMap({"a": 1})))
show("chainmap index", lambda: "{0[b]}".format(ChainMap({}, {"b": "deep"})))
show("defaultdict", lambda: "{x}-{y}".format_map(defaultdict(lambda: "dflt", x="X")))
show("defaultdict int", lambda: "{n}".format_map(defaultdict(int)))
show("abc mapping", lambda: "{s}+{t}".format_map(Frozen(s=1, t=2)))
show("abc mapping missing", lambda: "{u}".format_map(Frozen(s=1)))
show("guest format", lambda: "{m:spec}".format_map({"m": Money()}))
show("guest value format", lambda: "{0[m]:x}".format({"m": Money()}))
c = Calls()
show("calls", lambda: "{a}{b}{a}".format_map(c))
print(c.seen)
show("attr of item", lambda: "{m.__class__.__name__}".format_map({"m": Echo()}))


class NoItems:
    pass


show("not subscriptable", lambda: "{a}".format_map(NoItems()))
show("index not subscriptable", lambda: "{0[a]}".format(NoItems()))
show("int mapping", lambda: "{a}".format_map(5))
show("object index", lambda: "{0[x]}".format(object()))
show("list mapping", lambda: "{a}".format_map(["x"]))
show("positional", lambda: "{0}".format_map(Echo()))
show("auto", lambda: "{}".format_map(Echo()))
