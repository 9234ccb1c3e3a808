# Building an aligned text report with mixed formatting methods; result is the report line count.
rows = [
    ("Widget", 3, 4.5),
    ("Gadget (large)", 12, 19.999),
    ("Thing", 1000, 0.05),
    ("Ünicode", 7, 1234.5),
]
name_w = max(len(r[0]) for r in rows)
header = f"{'Item':<{name_w}} | {'Qty':>5} | {'Price':>9} | {'Total':>11}"
lines = [header, "-" * len(header)]
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    lines.append("%-*s | %5d | %9.2f | %11s" % (name_w, name, qty, price, format(total, ",.2f")))
lines.append("=" * len(header))
lines.append("{:<{w}} | {:>5} | {:>9} | {:>11,.2f}".format("TOTAL", sum(r[1] for r in rows), "", grand, w=name_w))
lines.append(f"{'avg price':>{name_w}} | {'':5} | {sum(r[2] for r in rows) / len(rows):9.3f} |")
for line in lines:
    print(line)
print(repr(grand), f"{grand:.2e}", "%g" % grand, "{:_.1f}".format(grand))
len(lines)
