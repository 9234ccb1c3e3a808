"""Differential fuzzing: generated programs must behave the same in monty_peg and in CPython.

Each program runs in CPython (a sandboxed worker subprocess, `fuzz/worker.py`) and in monty_peg
(in-process, under limits); stdout, stderr, the final expression's value and the uncaught exception (type and
message) must agree. A run that hits a resource limit on either side is inconclusive and skipped.

On a divergence hypothesis shrinks the program (its shrinking time capped by FUZZ_SHRINK_SECONDS, default
20), `fuzz/reduce.py` reduces it further at the syntax level (FUZZ_REDUCE_SECONDS, default 30), and the
result is written as a ready-to-commit corpus case `regress__<slug>.py` into `fuzz/found/` (or `tests/cases/`
with FUZZ_WRITE_CASES=1); the test fails with both sides' results.

`check(..., mode="host")` is the same for programs calling a host function `fetch` (see
`fuzz/test_roundtrip.py`): CPython with `fetch` defined in the namespace against `run()`, and `run()`
against pausing at every call with `start()`, dump, load and resume. The long run uses both modes.
"""

from __future__ import annotations

import os
from typing import Callable, Optional, Set

from hypothesis import event, given, settings, target

from fuzz import cpython, harness, profiles, reduce
from fuzz.strategies import programs


class Session:
    """What a run has seen. The long runner sets `known` (signatures not to fail on again) and hooks."""

    def __init__(self):
        self.stats = harness.Stats()
        self.known: Set[str] = set(harness.load_known())
        self.focus: Optional[str] = None  # the signature being shrunk: others are counted, not raised
        self.on_divergence: Optional[Callable] = None  # (divergence, path), once the minimal one is written
        self.on_program: Optional[Callable] = None
        self.written = []


SESSION = Session()
REDUCE_SECONDS = float(os.environ.get("FUZZ_REDUCE_SECONDS", "30"))
reduce.cap_shrinking(float(os.environ.get("FUZZ_SHRINK_SECONDS", "20")))


def _is_final() -> bool:
    try:
        from hypothesis.control import current_build_context

        return current_build_context().is_final
    except Exception:  # noqa: BLE001 - outside a test, or a hypothesis without the flag
        return False


def outcome(source: str, oracle: Optional[cpython.Oracle] = None, mode: str = "plain",
            cp: Optional[dict] = None, tier: Optional[str] = None):
    """(divergence or None, reason it is inconclusive or None). `cp`: CPython's record if already run
    (the long run sends programs to CPython in batches); `tier`: monty_peg's tier for the run (None: the
    default)."""
    if mode == "plain":
        if cp is None:
            cp = (oracle or cpython.shared()).run(source)
        mp = harness.run_monty(source, tier=tier)
        why = harness.inconclusive(cp, mp)
        return (None, why) if why else (harness.compare(source, cp, mp), None)
    if cp is None:
        cp = (oracle or cpython.shared()).run(source, prelude=harness.HOST_SOURCE)
    straight = harness.run_straight(source, tier=tier)
    why = harness.inconclusive(cp, straight)
    if why:
        return None, why
    div = harness.compare(source, cp, straight)
    if div is not None:
        div.mode = "host"
        return div, None
    if not harness.HAS_START:
        return None, None
    paused = harness.run_paused(source)
    why = harness.inconclusive(straight, paused)
    if why:
        return None, "paused: " + why
    div = harness.compare(source, straight, paused)
    if div is not None:
        div.mode = "pause"  # here "cpython" is run() and "monty" is start()/resume()
    return div, None


def check(source: str, session: Session = SESSION, oracle: Optional[cpython.Oracle] = None,
          mode: str = "plain") -> None:
    """Run `source` on both sides; raise AssertionError on a divergence that this session fails on."""
    stats = session.stats
    stats.programs += 1
    stats.lines += source.count("\n")
    div, why = outcome(source, oracle, mode)
    if session.on_program:
        session.on_program()
    if why:
        stats.inconclusive += 1
        stats.reasons[why] = stats.reasons.get(why, 0) + 1
        event("inconclusive: " + why)
        return
    stats.compared += 1
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
        div = minimize(div, oracle, mode)
        path = harness.write_case(div)
        session.written.append(path)
        if session.on_divergence:
            session.on_divergence(div, path)
        raise AssertionError(div.report() + f"\n\nwritten as {path}")
    raise AssertionError(div.report())


def minimize(div: harness.Divergence, oracle: Optional[cpython.Oracle] = None,
             mode: str = "plain", tier: Optional[str] = None) -> harness.Divergence:
    """Reduce hypothesis's minimal program further at the syntax level, keeping the divergence's signature."""
    sig = div.signature

    def still(source):
        d, _ = outcome(source, oracle, mode, tier=tier)
        return d is not None and d.signature == sig

    source = reduce.reduce_source(div.source, still, REDUCE_SECONDS)
    if mode == "host" and "fetch" not in source:
        plain, _ = outcome(source, oracle, "plain", tier=tier)  # reduced to a plain program: a corpus case
        if plain is not None and plain.signature == sig:
            return plain
    again, _ = outcome(source, oracle, mode, tier=tier)
    return again if again is not None and again.signature == sig else div


@settings(max_examples=profiles.examples(250))
@given(programs())
def test_programs_agree_with_cpython(program):
    target(float(program.statements), label="statements")
    target(float(len(program.features)), label="features")
    check(program.source)


@settings(max_examples=profiles.examples(100))
@given(programs(host_functions=("fetch",)))
def test_generated_programs_are_sound(program):
    """The generator's own promises, checked in CPython alone: the program compiles without warnings, reads
    no unbound name, and finishes within the CPU budget (else the fuzzer would waste or misread runs)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(program.source, "main.py", "exec")
    cp = cpython.shared().run(program.source, prelude=harness.HOST_SOURCE)
    assert cp["status"] == "ok", f"CPython did not finish: {cp['status']}\n{program.source}"
    exc = cp["exception"]
    assert not exc or exc[0] not in ("NameError", "UnboundLocalError", "SyntaxError", "MemoryError", "RecursionError"), \
        f"generator bug: {exc}\n{program.source}"
