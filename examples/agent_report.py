# An agent-style report over tool-call records: parse, aggregate, rank, print.
# Uses only what monty_peg supports (no classes, imports, `with` or `match`), so it runs
# identically under `python3 examples/agent_report.py` and `monty-peg run examples/agent_report.py`.

RAW = [
    "search,412,ok,0.0021",
    "fetch,1290,ok,0.0105",
    "search,388,ok,0.0019",
    "summarize,2750,error,0.0310",
    "fetch,n/a,ok,0.0098",          # deliberately malformed: latency is not a number
    "summarize,2405,ok,0.0288",
    "search,455,timeout,0.0000",
]


def parse(line):
    tool, latency, status, cost = line.split(",")
    return {"tool": tool, "latency_ms": int(latency), "status": status, "cost": float(cost)}


records, rejected = [], []
for number, line in enumerate(RAW, start=1):
    try:
        records.append(parse(line))
    except ValueError as e:
        rejected.append(f"line {number}: {e}")


def make_counter():
    seen = {}

    def count(key):
        seen[key] = seen.get(key, 0) + 1
        return seen[key]
    return count, seen


count_status, by_status = make_counter()
for r in records:
    count_status(r["status"])

tools = {}
for r in records:
    tools.setdefault(r["tool"], []).append(r)

stats = {
    name: {
        "calls": len(rs),
        "mean_ms": sum(r["latency_ms"] for r in rs) / len(rs),
        "worst_ms": max(r["latency_ms"] for r in rs),
        "cost": round(sum(r["cost"] for r in rs), 4),
        "ok_rate": len([r for r in rs if r["status"] == "ok"]) / len(rs),
    }
    for name, rs in tools.items()
}

print(f"{'tool':<10}|{'calls':>6}|{'mean ms':>9}|{'worst':>7}|{'cost $':>8}|{'ok':>6}")
print("-" * 51)
for name, s in sorted(stats.items(), key=lambda kv: (-kv[1]["mean_ms"], kv[0])):
    print(f"{name:<10}|{s['calls']:>6d}|{s['mean_ms']:>9.1f}|{s['worst_ms']:>7,}|{s['cost']:>8.4f}|{s['ok_rate']:>6.0%}")

fastest = min(records, key=lambda r: r["latency_ms"])
slowest = max(records, key=lambda r: (r["latency_ms"], r["tool"]))
labels = [f"{k}={v}" for k, v in sorted(by_status.items())]
ranks = ", ".join(f"#{i} {n}" for i, (n, _) in enumerate(sorted(stats.items(), key=lambda kv: kv[1]["cost"]), 1))
print(f"status: {' '.join(labels)}; cheapest first: {ranks}")
print(f"fastest {fastest['tool']} ({fastest['latency_ms']} ms), slowest {slowest['tool']} ({slowest['latency_ms']:_} ms)")
for why, tag in zip(rejected, ["!"] * len(rejected)):
    print(f"{tag} rejected {why!r}")
total = sum(r["cost"] for r in records)
print(f"SUMMARY: {len(records)}/{len(RAW)} records, total cost ${total:.4f}, "
      f"{'ALL OK' if not rejected else str(len(rejected)) + ' rejected'}, mean {total / len(records):.3e}/call")
