calls = [
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: chr(),
    lambda: ord("a", "b"),
    lambda: divmod(1, 2, 3),
    lambda: isinstance(1, int, str),
    lambda: iter(),
    lambda: next(iter([]), 1, 2),
    lambda: sum([], 0, 1),
    lambda: sorted([], [], []),
    lambda: repr(),
    lambda: ascii(1, 2),
    lambda: callable(1, 2),
    lambda: hex(1, 2),
    lambda: round(1, 2, 3),
    lambda: pow(1),
    lambda: enumerate([], 1, 2),
    lambda: range(1, 2, 3, 4),
    lambda: format(1, "d", 2),
    lambda: list([], []),
    lambda: tuple((), ()),
    lambda: frozenset([], []),
    lambda: len(obj=[]),
    lambda: abs(x=1),
    lambda: zip([], strict=True, x=1),
    lambda: type(),
    lambda: type(1, 2),
    lambda: bool(x=1),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
