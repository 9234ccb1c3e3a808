# Errors from % formatting with exact messages; ends with one uncaught.
cases = [
    ("%d", "x"),
    ("%d", None),
    ("%f", "1.0"),
    ("%x", 3.0),
    ("%c", "ab"),
    ("%c", 1.5),
    ("%c", -1),
    ("%s %s", ("a",)),
    ("%s", ("a", "b")),
    ("%d", []),
    ("%z", 1),
    ("%", ()),
    ("%(a)s", 5),
    ("%*d", (1.5, 2)),
    ("%.*f", ("x", 1.0)),
    ("no specifiers", 5),
    ("no specifiers", ()),
    ("no specifiers", []),
    ("%s", ()),
    ("%d %d", (1, 2, 3)),
]
for fmt, arg in cases:
    try:
        print(repr(fmt), repr(fmt % arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
"%d apples" % "three"
