"""The two tiers agree: generated programs give the same stdout, result, exception and traceback text on the
interpreter and on the compiled tier (every code object compiled before it runs), and programs that call a
host function give the same results when the compiled tier pauses at every call, each snapshot dumped,
loaded (then resumed by the interpreter, or by the compiled tier where it meets a compiled entry) and
resumed. CPython is not involved: test_differential.py compares the interpreter with it.

Profiles as for the other fuzz tests (`FUZZ_PROFILE=long python -m pytest fuzz/test_tiers.py` for a long
comparison of the tiers).
"""

from __future__ import annotations

from hypothesis import event, given, settings, target

import monty_peg
from fuzz import harness, profiles
from fuzz.harness import Hang, fetch, time_limit
from fuzz.strategies import programs


def run(source: str, tier: str, paused: bool = False) -> dict:
    out = []
    record = {"stdout": "", "result": None, "exception": None, "traceback": None, "limit": None, "pauses": 0}

    def collect(stream, text):
        out.append((stream, text))

    try:
        with time_limit(30):
            hosts = ["fetch"] if "fetch(" in source else []
            program = monty_peg.Monty(source, script_name="main.py", external_functions=hosts, tier=tier)
            if not paused:
                value = program.run(print_callback=collect, limits=dict(harness.MONTY_LIMITS),
                                    external_functions={"fetch": fetch} if hosts else None)
            else:
                progress = program.start(limits=dict(harness.MONTY_LIMITS), print_callback=collect)
                while not isinstance(progress, monty_peg.MontyComplete):
                    record["pauses"] += 1
                    progress = monty_peg.MontySnapshot.load(progress.dump())
                    progress = progress.resume(return_value=fetch(*progress.args, **progress.kwargs),
                                               print_callback=collect)
                value = progress.output
            record["result"] = repr(value)
    except monty_peg.MontySyntaxError as e:
        record["exception"] = [e.kind, e.msg]
    except monty_peg.MontyRuntimeError as e:
        record["exception"] = [e.type_name, e.message]
        record["traceback"] = e.traceback_text
        record["limit"] = e.limit
    except monty_peg.MontyError as e:
        record["exception"] = [type(e).__name__, str(e)]
    except Hang as e:
        record["exception"] = ["HANG", str(e)]
    except Exception as e:  # noqa: BLE001 - a bug in one of the tiers
        import traceback

        record["exception"] = ["INTERNAL ERROR", f"{type(e).__name__}: {e}"]
        record["traceback"] = traceback.format_exc()
    record["stdout"] = "".join(text for _, text in out)
    return record


def _agree(source, left, right, names):
    if left["limit"] or right["limit"]:  # steps and time are counted alike, but not to the instruction
        event("inconclusive: a limit")
        return
    keys = [k for k in ("stdout", "result", "exception", "traceback") if left[k] != right[k]]
    if keys:
        lines = [f"{names[0]} and {names[1]} disagree on {', '.join(keys)}", "--- program", source]
        for k in keys:
            lines.append(f"--- {k}\n{names[0]}: {left[k]!r}\n{names[1]}: {right[k]!r}")
        raise AssertionError("\n".join(lines))


@settings(max_examples=profiles.examples(60))
@given(programs())
def test_compiled_tier_agrees_with_interpreter(program):
    target(float(program.statements), label="statements")
    _agree(program.source, run(program.source, "interp"), run(program.source, "compiled"), ("interp", "compiled"))


@settings(max_examples=profiles.examples(30))
@given(programs(host_functions=("fetch",)))
def test_compiled_tier_pauses_like_interpreter(program):
    target(float(program.source.count("fetch(")), label="host calls")
    straight = run(program.source, "interp")
    paused = run(program.source, "compiled", paused=True)
    event(f"pauses: {min(paused['pauses'], 5)}{'+' if paused['pauses'] > 5 else ''}")
    _agree(program.source, straight, paused, ("interp run()", "compiled start()"))
