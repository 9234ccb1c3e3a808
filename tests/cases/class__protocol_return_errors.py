class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class BadBool:
    def __bool__(self):
        return 1


class BadHash:
    def __hash__(self):
        return "h"


class BoolLen:
    def __len__(self):
        return True


checks = [
    ("repr()", lambda: repr(BadRepr())),
    ("str(BadRepr)", lambda: str(BadRepr())),
    ("f-string !r", lambda: f"{BadRepr()!r}"),
    ("list repr", lambda: repr([BadRepr()])),
    ("str()", lambda: str(BadStr())),
    ("print", lambda: print(BadStr())),
    ("f-string", lambda: f"{BadStr()}"),
    ("len neg", lambda: len(NegLen())),
    ("bool neg", lambda: bool(NegLen())),
    ("len float", lambda: len(FloatLen())),
    ("bool()", lambda: bool(BadBool())),
    ("if", lambda: 1 if BadBool() else 0),
    ("not", lambda: not BadBool()),
    ("hash()", lambda: hash(BadHash())),
    ("set", lambda: {BadHash()}),
    ("dict key", lambda: {BadHash(): 1}),
]
for label, fn in checks:
    try:
        fn()
        print(label, "no error")
    except (TypeError, ValueError) as e:
        print(f"{label:12} {type(e).__name__}: {e}")

print(len(BoolLen()), bool(BoolLen()))
repr(BadRepr())
