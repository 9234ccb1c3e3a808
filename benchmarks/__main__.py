"""Run the benchmark suite and print its tables:

1. per workload: CPython and monty_peg time (best of N, median in brackets), the ratio, the peak memory of
   one run of each (tracemalloc's peak: Python-level allocations made during the run), and the tier that
   ran it (how many of the program's code objects the compiled tier compiled);
2. the geometric mean ratio over the compute workloads;
3. the cost of limit tracking: each workload with explicit limits vs with every limit off;
4. fixed costs (per run, per host call, import, parse and compile);
5. peers (smolagents' LocalPythonExecutor, asteval, pydantic-monty) where installed.

    python -m benchmarks [--quick] [--check] [--repeat N] [--filter TEXT] [--peers-python PATH]

`--quick`: small sizes and few repeats (a smoke run). `--check`: only run every workload once in both
interpreters, check the results agree and print the table (what tests/test_benchmarks.py runs).
`--peers-python`: the interpreter of a venv where the peers are installed (default: $MONTY_BENCH_PEERS_PYTHON,
else this interpreter); peers run there, in a subprocess, so they are never dependencies of monty_peg.

Every workload's result is compared between CPython and monty_peg; a mismatch is printed and makes the
command exit with status 1. Numbers are printed, never asserted: speed goals are read off these tables.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc

from .workloads import build

LIMIT_TARGET = 15.0  # % overhead of limit tracking
GEOMEAN_TARGET = 3.0
WORST_TARGET = 6.0
PEERS = ("smolagents", "asteval", "pydantic-monty")


def _time(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def _time_pair(first, second, repeat):
    """`_time` of two functions, their runs alternated: this machine's speed drifts from minute to minute,
    and alternating makes a drift slow both alike instead of one of them."""
    t1, t2 = [], []
    r1 = r2 = None
    for _ in range(repeat):
        start = time.perf_counter()
        r1 = first()
        t1.append(time.perf_counter() - start)
        start = time.perf_counter()
        r2 = second()
        t2.append(time.perf_counter() - start)
    return (min(t1), statistics.median(t1), r1), (min(t2), statistics.median(t2), r2)


def _peak(fn) -> int:
    """tracemalloc's peak (bytes) over one run of `fn`, above what was allocated before it."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        fn()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def cpython_runner(w):
    """A function running `w` in CPython and returning the value of its last expression."""
    tree = ast.parse(w.source)
    last = tree.body[-1]
    assert isinstance(last, ast.Expr), f"{w.name}: the workload must end with an expression"
    tree.body[-1] = ast.Assign(targets=[ast.Name("__result__", ast.Store())], value=last.value)
    code = compile(ast.fix_missing_locations(tree), "main.py", "exec")

    def run():
        ns = {"__name__": "__main__", **w.inputs, **w.hosts}
        exec(code, ns)
        return ns["__result__"]

    return run


def monty_runner(w, limits=None, tier=None):
    """(program, function running `w` in monty_peg and returning its result)."""
    import monty_peg

    program = monty_peg.Monty(w.source, inputs=list(w.inputs), external_functions=w.host_names, tier=tier)
    hosts = dict(w.hosts) or None

    def run():
        return program.run(inputs=w.inputs, external_functions=hosts, limits=limits)

    return program, run


def same(a, b) -> bool:
    return type(a) is type(b) and a == b and repr(a) == repr(b)


def _ms(t):
    return f"{t * 1e3:8.2f}" if t < 1 else f"{t * 1e3:8.0f}"


def _mb(n):
    return f"{n / 1e6:5.1f}M" if n >= 1e6 else f"{n / 1e3:5.0f}K"


def workload_table(workloads, repeat, check_only=False, out=print):
    """Run and print the main table; returns (rows, mismatches). A row: (workload, c_best, m_best)."""
    from monty_peg.runtime.compiled import compiled_share

    header = (f"{'workload':32} {'CPython ms':>19} {'monty_peg ms':>19} {'ratio':>7} "
              f"{'peak C/monty':>13}  tier (auto): compiled code objects")
    out(header)
    out("-" * len(header))
    rows, mismatches = [], []
    for w in workloads:
        c_run = cpython_runner(w)
        program, m_run = monty_runner(w)
        expected = c_run()
        got = m_run()  # also warms up caches, the prelude and the compiled tier
        if not same(expected, got):
            mismatches.append(w.name)
            out(f"{w.name:32} MISMATCH: CPython {expected!r:.80}, monty_peg {got!r:.80}")
            continue
        n = 1 if check_only else repeat
        (c_best, c_med, c_res), (m_best, m_med, m_res) = _time_pair(c_run, m_run, n)
        if not same(c_res, m_res):
            mismatches.append(w.name)
            out(f"{w.name:32} MISMATCH on a timed run")
            continue
        c_peak = _peak(c_run)
        m_peak = _peak(m_run)
        done, total = compiled_share(program)
        tier = "all compiled" if done == total else "interpreted: " + ", ".join(_not_compiled(program))
        out(f"{w.name:32} {_ms(c_best)} ({_ms(c_med).strip():>8}) {_ms(m_best)} ({_ms(m_med).strip():>8}) "
            f"{m_best / c_best:6.1f}x {_mb(c_peak)}/{_mb(m_peak):>7}  {done}/{total} {tier}"
            + ("" if w.compute else "  [host calls: not in geomean]"))
        rows.append((w, c_best, m_best))
    return rows, mismatches


def _not_compiled(program):
    """Names of the program's code objects the compiled tier did not compile, and why (read-only)."""
    from monty_peg.runtime.code import Code

    todo, seen, names = [program.code], set(), []
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        t = c.tier
        if t is None or t.native is None:
            names.append(f"{c.name} ({'cold' if t is None else t.state})")
        todo.extend(k for k in c.consts if type(k) is Code)
    return names


def summary(rows, out=print):
    ratios = [m / c for w, c, m in rows if w.compute]
    if not ratios:
        return None
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    worst_w, worst = max(((w.name, m / c) for w, c, m in rows if w.compute), key=lambda x: x[1])
    out(f"geometric mean ratio over {len(ratios)} compute workloads: {geo:.2f}x "
        f"(target ≤ {GEOMEAN_TARGET:g}x: {'met' if geo <= GEOMEAN_TARGET else 'NOT met'}); "
        f"worst {worst:.1f}x ({worst_w}; target ≤ {WORST_TARGET:g}x: {'met' if worst <= WORST_TARGET else 'NOT met'})")
    return geo


def limits_table(workloads, repeat, out=print):
    """Each workload run with explicit limits (time, memory, steps) vs with every limit off; the two are timed
    alternately so that load changes hit both alike."""
    from monty_peg import ResourceLimits

    off = ResourceLimits(max_duration_secs=None, max_memory=None, max_allocations=None,
                         max_recursion_depth=None, max_steps=None, max_output_bytes=None)
    on = ResourceLimits(max_duration_secs=600.0, max_memory=1 << 30, max_steps=10 ** 12)
    out(f"limits on: {on}")
    out("limits off: every field None (ResourceLimits(None, ...)); the default run() has max_memory, "
        "max_recursion_depth and max_output_bytes set")
    header = f"{'workload':32} {'no limits ms':>13} {'with limits ms':>15} {'overhead':>9}"
    out(header)
    out("-" * len(header))
    overheads = []
    for w in workloads:
        _, run_off = monty_runner(w, limits=off)
        _, run_on = monty_runner(w, limits=on)
        run_off()
        run_on()
        t_off, t_on = [], []
        for _ in range(repeat):
            t_off.append(_time(run_off, 1)[0])
            t_on.append(_time(run_on, 1)[0])
        pct = (min(t_on) / min(t_off) - 1) * 100
        overheads.append(pct)
        out(f"{w.name:32} {_ms(min(t_off)):>13} {_ms(min(t_on)):>15} {pct:8.1f}%"
            + ("" if pct <= LIMIT_TARGET else "  (over target)"))
    if overheads:
        out(f"limit tracking overhead: median {statistics.median(overheads):.1f}%, max {max(overheads):.1f}% "
            f"(target ≤ {LIMIT_TARGET:g}%)")


def fixed_table(repeat, quick, out=print):
    """The fixed costs, measured in a fresh process: what one run costs a host, not what it costs in a
    process that has just built the workloads' heaps (there the collector's passes made them about 2x)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code = f"import json; from benchmarks.fixed_costs import measure; print(json.dumps(measure({repeat}, {quick})))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=here, check=True)
    header = f"{'fixed cost':52} {'value':>12} {'target':>10}"
    out(header)
    out("-" * len(header))
    for name, value, unit, target, better in json.loads(proc.stdout.strip().splitlines()[-1]):
        if target is None:
            mark, shown = "", ""
        else:
            ok = value <= target if better == "lower" else value >= target
            mark = "" if ok else "  (over target)"
            shown = ("≤ " if better == "lower" else "≥ ") + f"{target:g}"
        out(f"{name:52} {value:9.2f} {unit:>5} {shown:>10}{mark}")


def peers_table(workloads, repeat, quick, python, out=print):
    """Peers, each in `python` (another venv), as a subprocess running benchmarks/peers.py."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    request = json.dumps({"quick": quick, "repeat": repeat, "names": [w.name for w in workloads]})
    try:
        proc = subprocess.run([python, "-m", "benchmarks.peers"], input=request, capture_output=True,
                              text=True, cwd=here, timeout=1800)
        report = json.loads(proc.stdout.strip().splitlines()[-1])
    except Exception as e:  # noqa: BLE001 - a broken peer venv is reported, not fatal
        out(f"peers: could not run {python} -m benchmarks.peers: {type(e).__name__}: {e}")
        return
    mine = {w.name: w for w in workloads}
    out(f"peers (run by {python}; ms best of {repeat}, ratio to CPython measured in that process)")
    header = f"{'peer':16} {'workload':32} {'ms':>10} {'ratio':>8}  note"
    out(header)
    out("-" * len(header))
    for peer in PEERS:
        info = report.get(peer, {})
        if info.get("error"):
            out(f"{peer:16} {'(all)':32} {'':>10} {'':>8}  {info['error']}")
            continue
        for name in mine:
            r = info.get("workloads", {}).get(name)
            if r is None:
                continue
            if r.get("skipped"):
                out(f"{peer:16} {name:32} {'-':>10} {'-':>8}  skipped: {r['skipped']:.90}")
            else:
                note = "one run (slow)" if r.get("runs") == 1 and repeat > 1 else ""
                out(f"{peer:16} {name:32} {_ms(r['best']):>10} {r['best'] / r['cpython']:7.1f}x  {note}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement (default 7, quick 2)")
    parser.add_argument("--filter", default="")
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument("--check", action="store_true", help="correctness and the table only (one run each)")
    parser.add_argument("--peers-python", default=os.environ.get("MONTY_BENCH_PEERS_PYTHON") or sys.executable)
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 7)

    import monty_peg

    workloads = [w for w in build(args.quick) if args.filter in w.name]
    print(f"monty_peg {monty_peg.__version__} on CPython {platform.python_version()} "
          f"({platform.machine()}, {platform.system()}); best of {1 if args.check else repeat}, "
          f"median in brackets; load average {_load()}")
    print()
    rows, mismatches = workload_table(workloads, repeat, check_only=args.check)
    summary(rows)
    if mismatches:
        print(f"MISMATCHED RESULTS: {', '.join(mismatches)}")
    if args.check:
        return 1 if mismatches else 0
    print()
    limits_table(workloads, repeat)
    print()
    fixed_table(max(3, repeat // 2), args.quick)
    print()
    peers_table(workloads, 1 if args.quick else max(1, repeat // 2), args.quick, args.peers_python)
    print()
    print(f"load average at the end: {_load()}")
    return 1 if mismatches else 0


def _load():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


if __name__ == "__main__":
    sys.exit(main())
