class P:
    def __init__(self):
        self.plain = "plain"

    @property
    def good(self):
        return "good"

    @property
    def bad(self):
        raise AttributeError("bad is unavailable")

    @property
    def broken(self):
        raise KeyError("not an AttributeError")

    def __getattr__(self, name):
        if name == "dynamic":
            return "dynamic"
        raise AttributeError(name)


p = P()
for name in ("plain", "good", "dynamic", "bad", "missing"):
    print(name, hasattr(p, name), getattr(p, name, "<default>"))

try:
    hasattr(p, "broken")
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)

try:
    getattr(p, "broken", None)
except KeyError as e:
    print("getattr propagates", type(e).__name__, e)

try:
    p.bad
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)


class NoHook:
    @property
    def bad(self):
        raise AttributeError("from getter")


print(hasattr(NoHook(), "bad"), getattr(NoHook(), "bad", 0))
