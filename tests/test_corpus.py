"""Every corpus case gives the same stdout, stderr, result and exception in CPython and monty_peg, on each
tier: the interpreter, and the compiled tier with every code object compiled before it runs."""

import pytest

from corpus import case_paths, compare


@pytest.mark.parametrize("tier", ["interp", "compiled"])
@pytest.mark.parametrize("path", case_paths(), ids=lambda p: p.stem)
def test_case(path, tier):
    ok, report = compare(path, tier)
    assert ok, report
