# Unsupported operand combinations raise TypeError with exact messages.
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1.5 - "x",
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: None + 1,
    lambda: 1 * None,
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: [1] * 1.5,
    lambda: "a" - "b",
    lambda: {} + {},
    lambda: 5 / "1",
    lambda: 5 // [],
    lambda: 5 % None,
    lambda: 2 ** None,
    lambda: 1 & 1.0,
    lambda: 1 << 1.0,
    lambda: 1.0 | 2,
    lambda: -"a",
    lambda: +[1],
    lambda: ~1.5,
    lambda: b"a" + "a",
    lambda: "a" + b"a",
    lambda: 3 @ 4,
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
x = "s"
for step in [1, None]:
    try:
        x += step
    except TypeError as e:
        print("aug:", e)
