"""Host calls: generated programs that call a host function `fetch(...)` give the same result

1. run straight through with `run(external_functions={"fetch": fetch})`,
2. paused at every call with `start()`, each snapshot dumped to bytes, loaded back
   (`MontySnapshot.load`, the program itself through `Monty.dump`/`Monty.load` too) and resumed with
   `resume(return_value=...)`, and
3. in CPython, with the same `fetch` defined in the program's namespace.

stdout, stderr, the final value and the uncaught exception must agree across all three.
"""

from __future__ import annotations

import pytest
from hypothesis import event, given, settings, target

from fuzz import cpython, harness, profiles
from fuzz.harness import HAS_START, HOST_SOURCE, run_paused, run_straight
from fuzz.strategies import programs


def _check_pair(source, left, right, left_name, right_name):
    why = harness.inconclusive(left, right) or harness.inconclusive(right, left)
    if why:
        event("inconclusive: " + why)
        return False
    div = harness.compare(source, left, right)
    if div is not None:
        report = div.report().replace("cpython  ", left_name.ljust(9)).replace("monty_peg", right_name.ljust(9))
        raise AssertionError(f"{left_name} and {right_name} disagree\n{report}")
    return True


@settings(max_examples=profiles.examples(60))
@given(programs(host_functions=("fetch",)))
def test_host_calls_agree_with_cpython(program):
    """Run mode with a host function, against CPython with the same function in the namespace."""
    target(float(program.source.count("fetch(")), label="host calls")
    cp = cpython.shared().run(program.source, prelude=HOST_SOURCE)
    mp = run_straight(program.source)
    _check_pair(program.source, cp, mp, "cpython", "monty_peg")


@pytest.mark.skipif(not HAS_START, reason="Monty.start()/MontySnapshot (pause, dump, load, resume) do not exist yet")
@settings(max_examples=profiles.examples(60))
@given(programs(host_functions=("fetch",)))
def test_pause_dump_load_resume_matches_straight_run(program):
    target(float(program.source.count("fetch(")), label="host calls")
    straight = run_straight(program.source)
    paused = run_paused(program.source)
    event(f"pauses: {min(paused.get('pauses', 0), 5)}{'+' if paused.get('pauses', 0) > 5 else ''}")
    _check_pair(program.source, straight, paused, "run()", "start()")
