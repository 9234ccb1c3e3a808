"""Run the benchmark suite and print a table: workload, CPython, monty_peg, ratio (best of N, spread).

    python -m benchmarks [--repeat N] [--filter TEXT]

Numbers are printed, never asserted: speed goals are read off this table, not enforced by tests.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time

from .workloads import COMPUTE


def _time(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--filter", default="")
    args = parser.parse_args(argv)

    import monty_peg

    print(f"monty_peg {monty_peg.__version__} on CPython {platform.python_version()} "
          f"({platform.machine()}, {platform.system()}); best of {args.repeat}, median in brackets")
    header = f"{'workload':28} {'CPython':>16} {'monty_peg':>18} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for w in COMPUTE:
        if args.filter and args.filter not in w.name:
            continue
        code = compile(w.source, "main.py", "exec")
        program = monty_peg.Monty(w.source, inputs=list(w.inputs))
        program.run(inputs=w.inputs)  # warm up caches and the prelude

        def run_cpython():
            exec(code, {"__name__": "__main__", **w.inputs})

        def run_monty():
            program.run(inputs=w.inputs)

        c_best, c_med = _time(run_cpython, args.repeat)
        m_best, m_med = _time(run_monty, args.repeat)
        print(f"{w.name:28} {c_best * 1e3:7.2f} ms ({c_med * 1e3:5.1f}) {m_best * 1e3:8.1f} ms ({m_med * 1e3:6.1f})"
              f" {m_best / c_best:6.1f}x")
    print()
    from .fixed_costs import measure

    header = f"{'fixed cost':50} {'value':>12} {'target':>10}"
    print(header)
    print("-" * len(header))
    for name, value, unit, target in measure(max(3, args.repeat // 2)):
        mark = "" if value <= target else "  (over target)"
        print(f"{name:50} {value:9.2f} {unit:>2} {'≤ ' + str(target):>10}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
