"""Sales CSV: parse rows, skip bad ones, pivot by region and quarter."""

CSV = """region,quarter,rep,amount
west,Q1,ann,1200.50
east,Q1,bob,800
west,Q2,ann,950.25
east,Q2,cid,
north,Q1,dan,400
west,Q1,eve,300
east,Q2,bob,1100
south,Q3,fay,abc
north,Q2,dan,650.75
"""


def parse_rows(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    rows, bad = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        values = line.split(",")
        record = dict(zip(header, values))
        try:
            record["amount"] = float(record["amount"])
        except ValueError as e:
            bad.append(f"line {lineno}: {e}")
            continue
        rows.append(record)
    return rows, bad


def pivot(rows, row_key, col_key):
    table, cols = {}, set()
    for r in rows:
        cols.add(r[col_key])
        cell = table.setdefault(r[row_key], {})
        cell[r[col_key]] = cell.get(r[col_key], 0) + r["amount"]
    return table, sorted(cols)


if __name__ == "__main__":
    rows, bad = parse_rows(CSV)
    for msg in bad:
        print("skipped", msg)
    table, cols = pivot(rows, "region", "quarter")
    print(f"{'region':<8}" + "".join(f"{c:>10}" for c in cols) + f"{'total':>10}")
    totals = {}
    for region in sorted(table, key=lambda r: -sum(table[r].values())):
        cells = table[region]
        totals[region] = sum(cells.values())
        print(f"{region:<8}" + "".join(f"{cells.get(c, 0):>10.2f}" for c in cols) + f"{totals[region]:>10.2f}")
    reps = {}
    for r in rows:
        reps[r["rep"]] = reps.get(r["rep"], 0) + r["amount"]
    best = max(reps.items(), key=lambda kv: kv[1])
    print(f"best rep: {best[0]} with {best[1]:,.2f}")
    print("grand total: %.2f over %d rows" % (sum(totals.values()), len(rows)))

totals
