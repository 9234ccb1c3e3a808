# Common str error paths with exact messages; ends with an uncaught TypeError.
s = "hello"
cases = [
    lambda: s.upper(1),
    lambda: s + 5,
    lambda: s * "2",
    lambda: s - "h",
    lambda: s.join([1, 2]),
    lambda: ",".join(["a", None]),
    lambda: s.index("z"),
    lambda: s[99],
    lambda: s.startswith(["h"]),
    lambda: s.encode("no-such-codec"),
    lambda: "é".encode("ascii"),
    lambda: str(b"\xff", "utf-8"),
    lambda: s.count(),
    lambda: s.zfill("5"),
    lambda: s.split(" ", 1, 2),
    lambda: s.format(1) + "{".format(),
    lambda: "{0}{1}".format("a"),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
del s
t = "immutable"
t[0] = "I"
