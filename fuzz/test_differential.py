"""Differential fuzzing: generated programs must behave the same in monty_peg and in CPython.

Each program runs in CPython (a sandboxed worker subprocess, `fuzz/worker.py`) and in monty_peg
(in-process, under limits); stdout, stderr, the final expression's value and the uncaught exception (type and
message) must agree. A run that hits a resource limit on either side is inconclusive and skipped.

On a divergence hypothesis shrinks the program; the minimal one is written as a ready-to-commit corpus case
`regress__<slug>.py` into `fuzz/found/` (or `tests/cases/` with FUZZ_WRITE_CASES=1) and the test fails with
both sides' results.
"""

from __future__ import annotations

from typing import Callable, Optional, Set

from hypothesis import event, given, settings, target

import os

from fuzz import cpython, harness, profiles, reduce
from fuzz.strategies import programs


class Session:
    """What a run has seen. The long runner sets `known` (signatures not to fail on again) and `on_*` hooks."""

    def __init__(self):
        self.stats = harness.Stats()
        self.known: Set[str] = set()
        self.focus: Optional[str] = None  # the signature being shrunk: others are counted, not raised
        self.on_divergence: Optional[Callable] = None  # (divergence, path) after the minimal one is written
        self.on_program: Optional[Callable] = None
        self.written = []


SESSION = Session()
REDUCE_SECONDS = float(os.environ.get("FUZZ_REDUCE_SECONDS", "30"))
reduce.cap_shrinking(float(os.environ.get("FUZZ_SHRINK_SECONDS", "60")))


def _is_final() -> bool:
    try:
        from hypothesis.control import current_build_context

        return current_build_context().is_final
    except Exception:  # noqa: BLE001 - outside a test, or a hypothesis without the flag
        return False


def check(source: str, session: Session = SESSION, oracle: Optional[cpython.Oracle] = None) -> None:
    """Run `source` on both sides; raise AssertionError on a divergence that this session fails on."""
    stats = session.stats
    stats.programs += 1
    cp = (oracle or cpython.shared()).run(source)
    mp = harness.run_monty(source)
    why = harness.inconclusive(cp, mp)
    if session.on_program:
        session.on_program()
    if why:
        stats.inconclusive += 1
        stats.reasons[why] = stats.reasons.get(why, 0) + 1
        event("inconclusive: " + why)
        return
    stats.compared += 1
    div = harness.compare(source, cp, mp)
    if div is None:
        return
    sig = div.signature
    if sig in session.known or (session.focus is not None and sig != session.focus):
        stats.known += 1
        event("divergence already reported")
        return
    session.focus = sig
    if _is_final():
        stats.divergent += 1
        div = minimize(div, oracle)
        path = harness.write_case(div)
        session.written.append(path)
        if session.on_divergence:
            session.on_divergence(div, path)
        raise AssertionError(div.report() + f"\n\nwritten as {path}")
    raise AssertionError(div.report())


def diverge(source: str, oracle: Optional[cpython.Oracle] = None) -> Optional[harness.Divergence]:
    cp = (oracle or cpython.shared()).run(source)
    mp = harness.run_monty(source)
    if harness.inconclusive(cp, mp):
        return None
    return harness.compare(source, cp, mp)


def minimize(div: harness.Divergence, oracle: Optional[cpython.Oracle] = None) -> harness.Divergence:
    """Reduce hypothesis's minimal program further at the syntax level, keeping the divergence's signature."""
    sig = div.signature

    def still(source):
        d = diverge(source, oracle)
        return d is not None and d.signature == sig

    source = reduce.reduce_source(div.source, still, REDUCE_SECONDS)
    again = diverge(source, oracle)
    return again if again is not None and again.signature == sig else div


@settings(max_examples=profiles.examples(450))
@given(programs())
def test_programs_agree_with_cpython(program):
    target(float(program.statements), label="statements")
    target(float(len(program.features)), label="features")
    check(program.source)
