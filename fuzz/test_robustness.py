"""Robustness: whatever text monty_peg is given, it answers with its own errors, and never hangs.

- `Monty(text)` either compiles or raises `MontySyntaxError` (a `MontyError` in any case), for random text,
  text derived from the grammar, and mutated corpus files and generated programs.
- A text that compiles runs under small limits and either finishes or raises `MontyRuntimeError`.
- Valid generated programs run under tiny limits (steps, memory, recursion, duration) stop with a
  `MontyRuntimeError` naming the limit, or finish: never any other exception.
- `monty_peg.lint` (when it exists) returns diagnostics for any text; `MontySnapshot.load` (when it exists)
  raises only `MontySnapshotError` for any bytes.

Nothing here runs in CPython: mutated text is only ever given to monty_peg.
"""

from __future__ import annotations

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import monty_peg
from fuzz import harness, mutate, profiles
from fuzz.strategies import programs

COMPILE_SECONDS = 20.0  # wall-clock guard: a compile that takes longer is a hang
RUN_SECONDS = 20.0
SMALL_LIMITS = {"max_steps": 20_000, "max_duration_secs": 2.0, "max_memory": 8 * 1024 * 1024,
                "max_recursion_depth": 200}


def _noop(stream, text):
    pass


def exercise(text: str, limits=None) -> str:
    """Compile and (if it compiles) run `text`; fail on anything that is not a MontyError or takes too long."""
    try:
        with harness.time_limit(COMPILE_SECONDS):
            program = monty_peg.Monty(text)
    except monty_peg.MontySyntaxError as e:
        assert isinstance(e.msg, str) and isinstance(e.lineno, int), "MontySyntaxError without msg/lineno"
        e.display()  # rendering must not fail either
        return "syntax error"
    except monty_peg.MontyError as e:
        event(f"compile: {type(e).__name__}")
        return "monty error"
    except harness.Hang:
        raise AssertionError(f"Monty(...) did not return within {COMPILE_SECONDS} s for:\n{text!r}") from None
    except BaseException as e:  # noqa: BLE001 - this is what the test is about
        raise AssertionError(f"Monty(...) raised {type(e).__name__}: {e} for:\n{text!r}") from e
    try:
        with harness.time_limit(RUN_SECONDS):
            program.run(limits=dict(limits or SMALL_LIMITS), print_callback=_noop)
        return "ran"
    except monty_peg.MontyRuntimeError as e:
        e.display()
        event("run: limit" if e.limit else "run: guest exception")
        return "runtime error"
    except monty_peg.MontyError as e:
        event(f"run: {type(e).__name__}")
        return "monty error"
    except harness.Hang:
        raise AssertionError(f"run() did not return within {RUN_SECONDS} s (limits {limits or SMALL_LIMITS}) "
                             f"for:\n{text}") from None
    except BaseException as e:  # noqa: BLE001
        raise AssertionError(f"run() raised {type(e).__name__}: {e} for:\n{text}") from e


def _lint(text: str):
    lint = getattr(monty_peg, "lint", None)
    if lint is None:
        return
    try:
        with harness.time_limit(COMPILE_SECONDS):
            lint(text)
    except monty_peg.MontyError:
        pass
    except BaseException as e:  # noqa: BLE001
        raise AssertionError(f"lint() raised {type(e).__name__}: {e} for:\n{text!r}") from e


@settings(max_examples=profiles.examples(150))
@given(mutate.random_text())
def test_random_text(text):
    event(exercise(text))
    _lint(text)


try:
    GRAMMAR_TEXT = mutate._grammar_strategy()
except Exception as e:  # noqa: BLE001
    GRAMMAR_TEXT = None
    GRAMMAR_PROBLEM = f"{type(e).__name__}: {e}"


@pytest.mark.skipif(GRAMMAR_TEXT is None, reason="hypothesis.extra.lark cannot use grammar/monty.lark here")
@settings(max_examples=profiles.examples(40))
@given(GRAMMAR_TEXT if GRAMMAR_TEXT is not None else st.just(""))
def test_grammar_derived_text(text):
    event(exercise(text))
    _lint(text)


@settings(max_examples=profiles.examples(120))
@given(mutate.corpus_mutants())
def test_mutated_corpus_files(text):
    event(exercise(text))
    _lint(text)


@settings(max_examples=profiles.examples(60))
@given(mutate.program_mutants())
def test_mutated_generated_programs(text):
    event(exercise(text))


@settings(max_examples=profiles.examples(60))
@given(programs(), st.fixed_dictionaries({
    "max_steps": st.integers(0, 3000),
    "max_memory": st.sampled_from([0, 64, 1024, 64 * 1024, 1024 * 1024]),
    "max_recursion_depth": st.integers(0, 30),
    "max_duration_secs": st.sampled_from([0.0, 0.001, 0.05, 1.0]),
}))
def test_programs_under_tiny_limits(program, limits):
    event(exercise(program.source, limits))


@pytest.mark.skipif(not hasattr(monty_peg, "MontySnapshot"), reason="MontySnapshot.load does not exist yet")
@settings(max_examples=profiles.examples(100))
@given(st.binary(max_size=300))
def test_load_garbage_bytes(data):
    try:
        with harness.time_limit(COMPILE_SECONDS):
            monty_peg.MontySnapshot.load(data)
    except monty_peg.MontySnapshotError:
        return
    except BaseException as e:  # noqa: BLE001
        raise AssertionError(f"MontySnapshot.load raised {type(e).__name__}: {e} for {data!r}") from e
