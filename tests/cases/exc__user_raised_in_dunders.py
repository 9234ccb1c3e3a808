class Boom(Exception):
    pass


class Touchy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if other == "bad":
            raise Boom("eq on bad")
        return isinstance(other, Touchy) and self.v == other.v

    def __lt__(self, other):
        if other.v == 0 or self.v == 0:
            raise Boom("compare with zero")
        return self.v < other.v

    def __hash__(self):
        return self.v

    def __repr__(self):
        if self.v < 0:
            raise Boom("negative repr")
        return f"T{self.v}"

    def __iter__(self):
        yield 1
        raise Boom("iteration broke")


checks = [
    ("in list", lambda: "bad" in [Touchy(1)] or Touchy(1) in ["bad"]),
    ("sorted", lambda: sorted([Touchy(3), Touchy(0), Touchy(1)])),
    ("max", lambda: max([Touchy(2), Touchy(0)])),
    ("print", lambda: print([Touchy(-1)])),
    ("f-string", lambda: f"{Touchy(-2)!r}"),
    ("list()", lambda: list(Touchy(1))),
    ("for", lambda: [x for x in Touchy(1)]),
]
for label, fn in checks:
    try:
        print(label, "->", fn())
    except Boom as e:
        print(label, "-> Boom:", e)

print(sorted([Touchy(3), Touchy(1), Touchy(2)]))
print({Touchy(1): "one"}[Touchy(1)])


class Init(Exception):
    pass


class Fails:
    def __init__(self):
        raise Init("during __init__")


try:
    Fails()
except Init as e:
    print("Init:", e)
sorted([Touchy(1), Touchy(0)])
