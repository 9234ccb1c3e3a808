"""Every corpus case gives the same stdout, stderr, result and exception in CPython and monty_peg."""

import pytest

from corpus import case_paths, compare


@pytest.mark.parametrize("path", case_paths(), ids=lambda p: p.stem)
def test_case(path):
    ok, report = compare(path)
    assert ok, report
