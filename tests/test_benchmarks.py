"""The benchmark suite's correctness check (benchmarks/, `python -m benchmarks --quick --check`): every
workload, at its quick size, gives the same result in monty_peg as in CPython, and the table renders.
No timing is asserted: speed goals are read off the benchmark's output, never enforced by tests."""

from __future__ import annotations

import contextlib
import io

from benchmarks.__main__ import main
from benchmarks.workloads import build


def test_quick_workloads_agree_with_cpython_and_the_table_renders():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--quick", "--check"])
    text = out.getvalue()
    assert "MISMATCH" not in text, text
    assert status == 0, text
    for w in build(quick=True):
        assert w.name in text, text
    assert "geometric mean ratio over" in text
