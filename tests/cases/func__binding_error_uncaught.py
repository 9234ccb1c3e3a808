def make_report(title, rows, *, width):
    lines = [title.center(width, "=")]
    for name, value in rows:
        lines.append(f"{name:<10}{value:>6}")
    return "\n".join(lines)


print(make_report("totals", [("apples", 3), ("pears", 12)], width=16))
print("now calling without the keyword-only width")
make_report("oops", [])
