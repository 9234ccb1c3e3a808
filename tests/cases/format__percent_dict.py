# %-formatting with a mapping: named fields, reuse, mixing with width/precision.
d = {"name": "Ada", "age": 36, "score": 97.456, "tags": ["x", "y"]}
print("%(name)s is %(age)d" % d)
print("%(name)r %(name)s %(name)-6s| %(age)05d %(score).1f %(score)10.2e" % d)
print("%(tags)s %(tags)r %(age)x %(age)#o" % d)
print("%(a)s-%(a)s-%(a)s" % {"a": 1}, "%(x)s" % {"x": None, "unused": 1}, "no fields" % {})
print("%(key with spaces)s" % {"key with spaces": "ok"}, "%()s" % {"": "empty key"})
print("%(n)c%(m)c" % {"n": 72, "m": "i"}, "%(pct).0f%%" % {"pct": 99.5})
print("%(1)s" % {"1": "str key"}, "%(x)s %%" % {"x": 5})
for fmt, arg in [("%(missing)s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a)d", {"a": "x"}),
                 ("%(a)s", ("tuple",)), ("%(a", {"a": 1}), ("%(a)*d", {"a": 1})]:
    try:
        print(fmt % arg)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s" % {"a": 1}, "%s %s" % ({"a": 1}, 2), "%r" % ({},))
