"""How far monty_peg's memory figure is from the real memory of guest data: `python -m benchmarks.memory_accuracy`.

For each data shape, a guest program builds `data` and pauses at a host call. Three figures, each the
difference between that program and the same program with `data = None` (so the VM, the prelude, the
program's own code and classes cancel out):

- measured: what the memory limit is checked against, `runtime/memory.measure` over the VM's roots
  (`vm_roots`), as `Tracker.remeasure` calls it;
- host: the host memory the guest's data really holds inside monty_peg, by `tracemalloc` (blocks as
  requested from the allocator, so without pymalloc's rounding to 16 bytes or arena slack);
- cpython: `tracemalloc` around running the same source in plain CPython, for reference.

ratio = measured / host: above 1 the limit fires early (conservative), below 1 late.
"""

from __future__ import annotations

import argparse
import collections
import gc
import tracemalloc

PRELUDE = """\
from collections import deque, Counter

class Point:
    def __init__(self, x, y, name):
        self.x = x
        self.y = y
        self.name = name

"""

# name, n, expression building the data from `n` (an input, so that nothing is folded into a constant)
SHAPES = [
    ("list of 100k ints", 100_000, "[i * 3 for i in range(n)]"),
    ("list of 100k short strs", 100_000, "[str(i) for i in range(n)]"),
    ("dict of 100k str -> int", 100_000, "{str(i): i for i in range(n)}"),
    ("30k nested lists [i, i+1, i+2]", 30_000, "[[i * 3, i * 3 + 1, i * 3 + 2] for i in range(n)]"),
    ("50k tuples (int, str)", 50_000, "[(i * 3, str(i)) for i in range(n)]"),
    ("20k instances, 3 attributes", 20_000, "[Point(i * 3, i * 5, str(i)) for i in range(n)]"),
    ("deque of 100k ints", 100_000, "deque(i * 3 for i in range(n))"),
    ("Counter, 5k str keys", 100_000, "Counter(str(i % 5000) for i in range(n))"),
    ("2k big ints (~1000-3000 bits)", 2_000, "[(1 << (1000 + i)) + i for i in range(n)]"),
    ("10k bytes of 100-105 bytes", 10_000, "[bytes(100) + str(i).encode() for i in range(n)]"),
    ("10k JSON-like records", 10_000, "[{'id': i, 'name': 'n' + str(i), 'tags': ['a', 'b']} for i in range(n)]"),
    ("str of 10 MB", 10_000_000, "'x' * n"),
]


def _source(expr: str) -> str:
    return PRELUDE + f"data = {expr}\npause()\n"


def _guest(expr: str, n: int):
    """(measured, host) bytes of the data `expr` builds in the guest."""
    from monty_peg import Monty
    from monty_peg.runtime import memory

    def paused(src):
        program = Monty(src, inputs=["n"], external_functions=["pause"])
        program.start(inputs={"n": n})  # warm up: one-time caches (compiled tier, interned names) are not data
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        snapshot = program.start(inputs={"n": n})
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        vm = snapshot._execution.vm
        measured = memory.measure(memory.vm_roots(vm))[0]
        return snapshot, measured, after - before

    keep_full, measured_full, host_full = paused(_source(expr))
    keep_none, measured_none, host_none = paused(_source("None"))
    return measured_full - measured_none, host_full - host_none


def _cpython(expr: str, n: int) -> int:
    code_full = compile(_source(expr), "<shape>", "exec")
    code_none = compile(_source("None"), "<shape>", "exec")

    def run(code):
        ns = {"n": n, "pause": lambda: None, "__name__": "shape"}
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        exec(code, ns)
        gc.collect()
        return ns, tracemalloc.get_traced_memory()[0] - before

    keep_full, full = run(code_full)
    keep_none, none = run(code_none)
    return full - none


def _mb(n: int) -> str:
    return f"{n / 1e6:.2f}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    assert collections  # (the guest's collections are monty_peg's own; CPython's run the reference)
    tracemalloc.start()
    rows = []
    for name, n, expr in SHAPES:
        measured, host = _guest(expr, n)
        cpython = _cpython(expr, n)
        rows.append((name, measured, host, cpython, measured / host if host else float("nan")))
    tracemalloc.stop()
    if args.markdown:
        print("| data shape | measured (MB) | host, in monty_peg (MB) | plain CPython (MB) | measured / host |")
        print("|---|---:|---:|---:|---:|")
        for name, measured, host, cpython, ratio in rows:
            print(f"| {name} | {_mb(measured)} | {_mb(host)} | {_mb(cpython)} | {ratio:.2f} |")
    else:
        print(f"{'data shape':34} {'measured MB':>12} {'host MB':>10} {'CPython MB':>11} {'ratio':>6}")
        for name, measured, host, cpython, ratio in rows:
            print(f"{name:34} {_mb(measured):>12} {_mb(host):>10} {_mb(cpython):>11} {ratio:>6.2f}")


if __name__ == "__main__":
    main()
