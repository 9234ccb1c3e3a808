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

import monty_peg
from fuzz import cpython, harness, profiles
from fuzz.strategies import programs

HOST_SOURCE = '''
def fetch(*args, **kwargs):
    text = repr(args) + repr(sorted(kwargs.items()))
    return (len(text) * 7 + sum(ord(c) for c in text)) % 1000
'''
_namespace = {}
exec(HOST_SOURCE, _namespace)
fetch = _namespace["fetch"]

HAS_START = hasattr(monty_peg.Monty, "start") and hasattr(monty_peg, "MontySnapshot")


def _record():
    return {"stdout": "", "stderr": "", "result": "None", "exception": None, "limit": None, "internal": None}


def _collector(out, err):
    def collect(stream, text):
        (err if stream == "stderr" else out).append(text)
    return collect


def run_straight(source: str) -> dict:
    return harness.run_monty(source, external_functions={"fetch": fetch})


def run_paused(source: str) -> dict:
    """Pause at every host call, dump, load, resume; the record, plus the number of pauses."""
    out, err = [], []
    collect = _collector(out, err)
    record = _record()
    record["pauses"] = 0
    try:
        with harness.time_limit(30):
            program = monty_peg.Monty(source, script_name="main.py", external_functions=["fetch"])
            program = monty_peg.Monty.load(program.dump()) if hasattr(monty_peg.Monty, "load") else program
            progress = program.start(limits=dict(harness.MONTY_LIMITS), print_callback=collect)
            while not isinstance(progress, monty_peg.MontyComplete):
                assert getattr(progress, "function_name", None) == "fetch", f"unexpected pause {progress!r}"
                record["pauses"] += 1
                progress = monty_peg.MontySnapshot.load(progress.dump())
                value = fetch(*progress.args, **progress.kwargs)
                progress = progress.resume(return_value=value, print_callback=collect)
            record["result"] = repr(progress.output)
    except monty_peg.MontySyntaxError as e:
        record["exception"] = [e.kind, e.msg]
    except monty_peg.MontyRuntimeError as e:
        record["exception"] = [e.type_name, e.message]
        record["limit"] = e.limit
    except monty_peg.MontyError as e:
        record["exception"] = [type(e).__name__, str(e)]
    except harness.Hang as e:
        record["exception"] = ["HANG", str(e)]
        record["internal"] = "hang"
    except Exception as e:  # noqa: BLE001 - an interpreter bug
        import traceback

        record["exception"] = ["INTERNAL ERROR", f"{type(e).__name__}: {e}"]
        record["internal"] = traceback.format_exc()
    record["stdout"], record["stderr"] = "".join(out), "".join(err)
    return record


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


@settings(max_examples=profiles.examples(80))
@given(programs(host_functions=("fetch",)))
def test_host_calls_agree_with_cpython(program):
    """Run mode with a host function, against CPython with the same function in the namespace."""
    target(float(program.source.count("fetch(")), label="host calls")
    cp = cpython.shared().run(program.source, prelude=HOST_SOURCE)
    mp = run_straight(program.source)
    _check_pair(program.source, cp, mp, "cpython", "monty_peg")


@pytest.mark.skipif(not HAS_START, reason="Monty.start()/MontySnapshot (pause, dump, load, resume) do not exist yet")
@settings(max_examples=profiles.examples(80))
@given(programs(host_functions=("fetch",)))
def test_pause_dump_load_resume_matches_straight_run(program):
    target(float(program.source.count("fetch(")), label="host calls")
    straight = run_straight(program.source)
    paused = run_paused(program.source)
    event(f"pauses: {min(paused.get('pauses', 0), 5)}{'+' if paused.get('pauses', 0) > 5 else ''}")
    _check_pair(program.source, straight, paused, "run()", "start()")
