# A table of number format specs combining fill, align, sign, #, 0, width, grouping, precision, type.
specs = ["", "10", "<10", "^10", ">+10", "=+10", "010", "+010", "#010x", "_^15,", ",.2f", "+.3e",
         "#.0f", ".1%", "*>12,.1f", " 8.3g", "#x", "#o", "#b", "-^11.2e", "x<+8d", "0=8.1f"]
for spec in specs:
    row = []
    for v in [1234, -56.789, 0]:
        try:
            row.append("[" + format(v, spec) + "]")
        except ValueError as e:
            row.append("<" + str(e) + ">")
    print(f"{spec!r:>12}: " + " ".join(row))
print(f"{7:>{3}}{8:<{3}}|", f"{99.5:.{0}f}", f"{98.5:.0f}", f"{0.5:.0f}", f"{-0.5:.0f}")
print(f"{12:#b}", f"{12:#09b}", f"{-12:#09b}", f"{12:#_b}", f"{255:#_x}", f"{10**10:#_o}")
