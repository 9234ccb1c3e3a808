print(format(3.14159, ".2f"), format(42, "5d"), format(42, "<5") + "|", format("ab", "^6") + "|")
print(format(1234567, ","), format(1234567.891, ",.2f"), format(1234567, "_"), format(0.25, ".1%"))
print(format(5, "+d"), format(-5, "+d"), format(5, " d"), format(5, "03d"), format(-5, "04d"))
print(format(1e10, "e"), format(1.5e-7, ".2e"), format(123.456, "g"), format(1e20, "g"), format(0.0001, "g"))
print(format("x", "*>4"), format("x", "-<4"), format(7, "=+5"), format(255, "#010x"))
print(format(3), format("s"), format(None), format([1, 2]), format(True), format(2.0))
print(format(True, "d"), format(3, "f"), format(3, ".1f"), format(12.0, ".0f"), format(2.5, ".0f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(-0.0, ".1f"), format(float("inf"), "f"), format(float("nan"), "5"))
print(f"{'txt':>6}|{3.5:<6}|{10:^6}|{'a'!r:5}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", "{:{}.{}f}".format(2.71828, 8, 2) + "|")
for spec, val in [("d", 1.5), ("x", "s"), (".2f", "s"), ("5s", 3), ("z", 1), (",s", "a")]:
    try:
        print(format(val, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
