class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<both {self.v}>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "just str"


b = Both("x")
print(b)
print(str(b), repr(b))
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print(ReprOnly(), str(ReprOnly()), repr(ReprOnly()))
print(StrOnly(), str(StrOnly()))
r = repr(StrOnly())
print(r.startswith("<__main__.StrOnly object at 0x"), r.endswith(">"))
print("format:", format(b), format(ReprOnly()))
print("join:", ", ".join(str(x) for x in [b, Both(2)]))
print(ascii(Both("é")))
print(str(b) + "!", len(repr(b)))


class Sub(Both):
    pass


print(Sub(3), repr(Sub(3)))


class Child(ReprOnly):
    def __str__(self):
        return "child str"


print(Child(), repr(Child()))
print(Both(Both(1)))
print(repr(Both(Both("q"))))
