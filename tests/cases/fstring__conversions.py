# !r, !s, !a conversions, alone and combined with format specs.
s = "café\n"
n = 42
f = 0.1
items = ["a", 1, None]
print(f"{s}|{s!s}|{s!r}|{s!a}")
print(f"{n!r} {n!s} {n!a} {f!r} {f!s} {items!r} {items!a}")
print(f"{'x'!r:>6}|{'x'!s:>6}|{'é'!a:^10}|{n!r:>5}|{n!s:<4}|")
print(f"{None!r} {True!s} {b'b'!r} {b'b'!s} {(1,)!a}")
print(f"{'it' + chr(39) + 's'!r}", f"{'q' + chr(34)!r}", f"{chr(39) + chr(34)!r}")
print(f"{s!r:.3}", f"{items!r:*^20}", f"{3.5!s:0>8}")
name = "Ünïcode"
print(f"{name!a}", f"{name!a:.4}", f"{[name]!a}")
print(f"{'a'!r}{'b'!r}", f"{'':!>3}" "|" f"{''!r}")
