# Format specs on strings: width, precision (truncation), alignment, 's' type.
s = "python"
print(f"[{s}][{s:s}][{s:10}][{s:<10s}][{s:>10}][{s:^10}][{s:.2}][{s:.0}][{s:10.3}][{s:>10.3s}]")
print(f"[{s:3}][{s:.10}][{'':5}][{'':.3}][{s:*^.4}]")
print(f"[{'é':3}][{'中文':4}][{'😀':>3}][{'x':2}]")
for w in range(0, 9, 2):
    print(f"[{'ab':^{w}}][{'abc':^{w}}]", end="")
print()
words = ["a", "bb", "ccc"]
print("|".join(f"{w:>3}" for w in words), "|".join(f"{w:.<4}" for w in words))
print(format("text", ""), format("text", "<"), format("text", "8"), format("", "^3") + "|")
for spec in ["d", "x", "f", "c", ",", "#", "05"]:
    try:
        print(spec, repr(format("ab", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
