"""Fixed costs of the host boundary, in microseconds: what an agent loop pays per run and per host call."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _per_call(fn, number: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


HOST_LOOP = """
total = 0
for i in range(n):
    total += {call}(i)
total
"""


def measure(repeat: int = 5, quick: bool = False) -> list:
    """[(name, value, unit, target, 'lower'|'higher' is better)] for each fixed cost."""
    import monty_peg

    rows = []
    loaded = monty_peg.Monty.load(monty_peg.Monty("1 + 2").dump())
    rows.append(("run of a loaded program `1 + 2`", _per_call(loaded.run, 2000, repeat) * 1e6, "µs", 20))

    n = 2000
    with_host = monty_peg.Monty(HOST_LOOP.format(call="fetch"), inputs=["n"], external_functions=["fetch"])
    guest_only = monty_peg.Monty("def ident(x):\n    return x\n" + HOST_LOOP.format(call="ident"), inputs=["n"])
    hosts = {"fetch": lambda x: x}
    t_host = _per_call(lambda: with_host.run(inputs={"n": n}, external_functions=hosts), 5, repeat)
    t_guest = _per_call(lambda: guest_only.run(inputs={"n": n}), 5, repeat)
    rows.append(("host call round trip in run() (vs a guest call)", (t_host - t_guest) / n * 1e6, "µs", 3))

    paused = monty_peg.Monty("fetch(1)", external_functions=["fetch"])
    rows.append(("start() to the pause, then resume to the end",
                 _per_call(lambda: paused.start().resume(return_value=1), 1000, repeat) * 1e6, "µs", 15))

    rows.extend(snapshot_rows(repeat))

    words = [f"word{i}" for i in range(50_000)]
    program = monty_peg.Monty("len(words)", inputs=["words"])
    rows.append(("passing a 50,000-string list as input",
                 _per_call(lambda: program.run(inputs={"words": words}), 20, repeat) * 1e3, "ms", 5))

    rows.append(("`import monty_peg` in a fresh process, minus startup", import_ms(repeat), "ms", 150))

    from monty_peg.compiler import compile_source
    from monty_peg.parse import parse_module

    assert len(SCRIPT_60.splitlines()) == 60
    # compile_source is what Monty() runs on a miss of its cache (api._compile_cached): no cache involved
    rows.append(("parse + compile of a 60-line script (no cache)",
                 _per_call(lambda: compile_source(SCRIPT_60), 20 if quick else 100, repeat) * 1e3, "ms", 10))
    big = _big_script(5 if quick else 40)
    nlines = len(big.splitlines())
    t_parse = _per_call(lambda: parse_module(big, "main.py", [], max_chars=None), 1, repeat)
    t_all = _per_call(lambda: compile_source(big, max_chars=None), 1, repeat)
    rows.append((f"parse speed ({nlines} lines; parse only)", nlines / t_parse, "lines/s", None))
    rows.append((f"parse + compile speed ({nlines} lines)", nlines / t_all, "lines/s", None))
    return [r + ("lower",) if len(r) == 4 else r for r in rows]


def snapshot_rows(repeat: int = 5) -> list:
    """The rows for a small snapshot (measure() includes them): dump + load, and its size. On their own:
    `python -c "from benchmarks import fixed_costs; print(fixed_costs.snapshot_rows(repeat=7))"`."""
    import monty_peg

    snap = monty_peg.Monty("records = [{'id': i, 'ok': i % 2 == 0} for i in range(5)]\nfetch(records)\n",
                           external_functions=["fetch"]).start()
    data = snap.dump()
    return [("dump + load of a small snapshot",
             _per_call(lambda: monty_peg.FunctionSnapshot.load(snap.dump()), 300, repeat) * 1e6, "µs", 100, "lower"),
            ("size of that snapshot", float(len(data)), "bytes", 2048, "lower")]


def import_ms(repeat: int) -> float:
    """Best wall time of `python -c "import monty_peg"` minus best of `python -c "pass"`, in ms. Run with
    bytecode writing on (PYTHONDONTWRITEBYTECODE removed) after one warm-up, so .pyc files exist as they
    would in an installed package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def best(code):
        subprocess.run([sys.executable, "-c", code], env=env, check=True)  # warm-up (writes .pyc)
        times = []
        for _ in range(max(5, repeat)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    return (best("import monty_peg") - best("pass")) * 1e3


SCRIPT_60 = """\
def normalize(record):
    name = record.get("name", "").strip().lower()
    tags = [t.strip() for t in record.get("tags", []) if t.strip()]
    return {"id": record["id"], "name": name, "tags": sorted(set(tags))}


def score(record, weights):
    total = 0.0
    for tag in record["tags"]:
        total += weights.get(tag, 0.1)
    if record["name"].startswith("test"):
        total *= 0.5
    return round(total, 3)


class Summary:
    def __init__(self):
        self.count = 0
        self.by_tag = {}

    def add(self, record, value):
        self.count += 1
        for tag in record["tags"]:
            bucket = self.by_tag.setdefault(tag, [])
            bucket.append(value)

    def report(self):
        lines = []
        for tag, values in sorted(self.by_tag.items()):
            mean = sum(values) / len(values)
            lines.append(f"{tag:>10}: n={len(values):4d} mean={mean:8.3f}")
        return "\\n".join(lines)


weights = {"urgent": 3.0, "bug": 2.0, "feature": 1.0, "docs": 0.5}
records = [
    {"id": 1, "name": " Alpha ", "tags": ["bug", "urgent"]},
    {"id": 2, "name": "beta", "tags": ["feature", " docs "]},
    {"id": 3, "name": "test gamma", "tags": ["bug"]},
]
summary = Summary()
errors = []
for raw in records:
    try:
        rec = normalize(raw)
    except KeyError as e:
        errors.append(f"missing {e}")
        continue
    value = score(rec, weights)
    if value > 0:
        summary.add(rec, value)
    elif value < 0:
        errors.append(f"negative score for {rec['id']}")
    else:
        pass
best = max(records, key=lambda r: len(r["tags"]))
while errors and len(errors) > 10:
    errors.pop()
result = {"count": summary.count, "report": summary.report(), "best": best["id"], "errors": errors}
result
"""


def _big_script(copies: int) -> str:
    """`copies` copies of SCRIPT_60, each with its own names (so nothing is shared between copies)."""
    parts = []
    for i in range(copies):
        text = SCRIPT_60
        for name in ("normalize", "score", "Summary", "weights", "records", "summary", "errors", "best",
                     "result"):
            text = text.replace(name, f"{name}_{i}")
        parts.append(text)
    return "\n".join(parts)
