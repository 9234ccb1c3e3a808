"""The workloads, as guest programs. Each runs unchanged in CPython (via `exec`) and in monty_peg, and ends
with an expression whose value is the workload's result: the benchmark checks that both give the same
result, so a broken run cannot look fast.

This module imports nothing from monty_peg: `benchmarks/peers.py` imports it from another interpreter's
venv. `build(quick=True)` gives the same programs at smaller sizes (a smoke run, and the test).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, Tuple


@dataclass(frozen=True)
class Workload:
    name: str
    source: str
    inputs: Dict[str, object] = field(default_factory=dict)
    hosts: Dict[str, Callable] = field(default_factory=dict)  # external functions, by name
    compute: bool = True  # counted in the geometric mean (the host-call workload is not)

    @property
    def host_names(self) -> Tuple[str, ...]:
        return tuple(self.hosts)


_WORDS = ("the quick brown fox jumps over the lazy dog and then the dog sleeps while the fox "
          "runs far away into the forest where many other animals live together ").split()

_REGIONS = ("eu-west", "eu-north", "us-east", "us-west", "ap-south")


def lookup(record_id):
    """The agent workload's host function: what a tool call returns for one record."""
    return {"region": _REGIONS[record_id % len(_REGIONS)], "weight": record_id % 4 + 1, "ok": record_id % 11 != 0}


def _records(n):
    return [{"id": i, "name": f"rec-{i}", "score": (i * 37) % 101, "tags": ["a", "b"] if i % 3 else ["c"]}
            for i in range(n)]


def _text(size):
    lines = []
    total = 0
    i = 0
    while total < size:
        words = [_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(i % 9 + 3)]
        line = ("   " if i % 4 == 0 else "") + " ".join(words) + ("  " if i % 5 == 0 else "")
        if i % 17 == 0:
            line = "    "
        lines.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(lines)


def _src(text: str, **sizes) -> str:
    for k, v in sizes.items():
        text = text.replace(f"__{k}__", str(v))
    return text


def build(quick: bool = False):
    """The workloads (full sizes, or small ones for `--quick`)."""
    q = quick
    return [
        Workload("fib(22)" if not q else "fib(15)", _src("""
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(__N__)
""", N=15 if q else 22)),
        Workload("300k-iteration loop" if not q else "10k-iteration loop", _src("""
total = 0
i = 0
while i < __N__:
    total += i * 2 % 7
    i += 1
total
""", N=10_000 if q else 300_000)),
        Workload("20k f-strings joined" if not q else "1k f-strings joined", _src("""
parts = []
for i in range(__N__):
    parts.append(f"item {i:>5}: {i * 1.5:10.2f} [{i % 7:03d}] {'odd' if i % 2 else 'even'}")
len("\\n".join(parts))
""", N=1_000 if q else 20_000)),
        Workload("50k-word count" if not q else "2k-word count", """
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top
""", {"words": [_WORDS[i % len(_WORDS)] for i in range(2_000 if q else 50_000)]}),
        Workload("agent: 2k records, host calls" if not q else "agent: 100 records", """
totals = {}
kept = 0
for r in records:
    info = lookup(r["id"])
    if not info["ok"] or r["score"] < 20:
        continue
    kept += 1
    key = info["region"]
    totals[key] = totals.get(key, 0) + r["score"] * info["weight"]
summary = {"kept": kept, "by_region": sorted(totals.items()), "best": max(totals, key=totals.get)}
summary
""", {"records": _records(100 if q else 2_000)}, {"lookup": lookup}, compute=False),
        Workload("nested comprehensions", _src("""
grid = [[(i * j) % 17 for j in range(__N__)] for i in range(__N__)]
flat = [x for row in grid for x in row if x % 2]
rows = {i: sum([v for v in row if v > 8]) for i, row in enumerate(grid)}
cols = [[grid[i][j] for i in range(__N__)] for j in range(0, __N__, 3)]
seen = {x * 2 for row in grid for x in row}
(len(flat), sum(flat), sum(rows.values()), sum([sum(c) for c in cols]), sorted(seen)[:5])
""", N=30 if q else 200)),
        Workload("string processing, 1 MB" if not q else "string processing, 20 KB", """
lines = text.split("\\n")
out = []
for line in lines:
    s = line.strip()
    if not s:
        continue
    words = s.split(" ")
    joined = "-".join([w.upper() if len(w) > 4 else w for w in words])
    out.append(joined.replace("the", "THE").replace("-", " | "))
result = "\\n".join(out)
(len(lines), len(out), len(result), result.count("THE"))
""", {"text": _text(20_000 if q else 1_000_000)}),
        Workload("sort 100k tuples, key lambda" if not q else "sort 3k tuples", _src("""
data = [((i * 7919) % 100003, i % 97, str(i)) for i in range(__N__)]
data.sort(key=lambda t: (t[1], -t[0]))
(data[0], data[len(data) // 2], data[-1])
""", N=3_000 if q else 100_000)),
        Workload("dict-heavy JSON transform", _src("""
tiers = ("gold", "silver", "bronze")
orders = [{"id": i, "customer": {"id": i % 250, "name": f"c{i % 250}", "tier": tiers[i % 3]},
           "items": [{"sku": f"s{(i + k) % 40}", "qty": (i + k) % 5 + 1, "price": (i * k) % 50 + 0.5}
                     for k in range(3)]} for i in range(__N__)]
by_customer = {}
for o in orders:
    c = o["customer"]
    entry = by_customer.setdefault(c["id"], {"name": c["name"], "tier": c["tier"], "orders": 0,
                                             "total": 0.0, "skus": {}})
    entry["orders"] += 1
    for item in o["items"]:
        entry["total"] += item["qty"] * item["price"]
        entry["skus"][item["sku"]] = entry["skus"].get(item["sku"], 0) + item["qty"]
report = []
for cid, e in sorted(by_customer.items()):
    row = {k: v for k, v in e.items() if k != "skus"}
    row["customer"] = cid
    row["top_sku"] = max(e["skus"].items(), key=lambda kv: (kv[1], kv[0]))[0]
    report.append(row)
(len(report), report[0], report[-1], round(sum([r["total"] for r in report]), 2))
""", N=300 if q else 5_000)),
        Workload("exceptions in a loop" if not q else "exceptions, 1k", _src("""
class ParseError(Exception):
    pass

def parse(s):
    if not s.isdigit():
        raise ParseError(s)
    return int(s)

table = {i: i * i for i in range(0, 100, 2)}
ok = 0
bad = 0
missing = 0
for i in range(__N__):
    try:
        ok += parse(str(i) if i % 3 else f"x{i}")
    except ParseError as e:
        bad += len(e.args[0])
    try:
        ok += table[i % 100]
    except KeyError:
        missing += 1
(ok, bad, missing)
""", N=1_000 if q else 20_000)),
    ]


COMPUTE = build()  # the full-size workloads (the name the first version of the suite used)
