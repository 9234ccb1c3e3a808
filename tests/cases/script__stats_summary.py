"""Descriptive statistics over grouped measurements without any imports."""

READINGS = [
    ("north", 12.5), ("south", 19.0), ("north", 14.0), ("east", 7.25),
    ("south", 21.5), ("north", 11.0), ("east", 9.75), ("south", 18.0),
    ("west", 30.0), ("north", 13.5), ("east", 8.0),
]


def mean(xs):
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    if len(xs) < 2:
        raise ValueError(f"stdev needs at least 2 points, got {len(xs)}")
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def group(pairs):
    groups = {}
    for key, value in pairs:
        groups.setdefault(key, []).append(value)
    return groups


def describe(name, xs):
    row = {"name": name, "n": len(xs), "mean": mean(xs), "median": median(xs)}
    try:
        row["sd"] = f"{stdev(xs):.3f}"
    except ValueError as e:
        row["sd"] = "n/a"
        print(f"note for {name}: {e}")
    return row


if __name__ == "__main__":
    groups = group(READINGS)
    rows = [describe(name, xs) for name, xs in groups.items()]
    rows.sort(key=lambda r: r["mean"], reverse=True)
    print(f"{'region':<7}{'n':>3}{'mean':>8}{'median':>8}{'sd':>8}")
    for r in rows:
        print(f"{r['name']:<7}{r['n']:>3}{r['mean']:>8.2f}{r['median']:>8.2f}{r['sd']:>8}")
    everything = [v for _, v in READINGS]
    print("overall:", round(mean(everything), 3), median(everything), round(stdev(everything), 3))
    print("range:", min(everything), "to", max(everything))
    try:
        mean([])
    except ValueError as e:
        print("error:", e)

[r["name"] for r in rows]
