"""Async host functions: run_monty_async, concurrency of gathered host calls, FutureSnapshot pauses
that dump, load and settle out of order, and the errors at the boundary."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest

import monty_peg
from monty_peg import (CollectStreams, FunctionSnapshot, FutureSnapshot, Monty, MontyComplete, MontyRuntimeError,
                       run_monty_async)

ROOT = Path(__file__).resolve().parent.parent


def test_seed_example_runs_verbatim():
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "async_agent.py")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "example output, message count 2"


GATHER = """
import asyncio
results = await asyncio.gather(*[slow(i) for i in range(5)])
results
"""


def test_gathered_host_coroutines_overlap():
    """Gathered host coroutines run concurrently on the host loop: every call starts before the first one
    finishes, and the gather takes about one call's time, not five (timed from the first call, so the
    one-off cost of compiling the guest asyncio module in a fresh process does not count)."""
    events = []

    async def slow(i):
        events.append(("start", i, time.perf_counter()))
        await asyncio.sleep(0.2)
        events.append(("end", i, time.perf_counter()))
        return i * 10

    program = Monty(GATHER, external_functions=["slow"])
    result = asyncio.run(run_monty_async(program, external_functions={"slow": slow}))
    assert result == [0, 10, 20, 30, 40]
    kinds = [kind for kind, _, _ in events]
    assert kinds == ["start"] * 5 + ["end"] * 5, f"host calls did not overlap: {kinds}"
    elapsed = events[-1][2] - events[0][2]
    assert elapsed < 0.6, f"five 0.2 s host calls took {elapsed:.2f} s: they did not overlap"


def test_sync_run_accepts_async_host_functions():
    async def slow(i):
        return i + 1

    assert Monty(GATHER, external_functions=["slow"]).run(external_functions={"slow": slow}) == [1, 2, 3, 4, 5]


def test_host_exception_propagates_through_gather():
    async def slow(i):
        if i == 3:
            raise KeyError("no such record")
        return i

    code = GATHER.replace("results = await", "try:\n    results = await").replace(
        "\nresults\n", "\nexcept KeyError as e:\n    results = 'caught ' + repr(e)\nresults\n")
    result = Monty(code, external_functions=["slow"]).run(external_functions={"slow": slow})
    assert result == "caught KeyError('no such record')"


def test_awaiting_a_sync_host_function_is_a_clear_error():
    program = Monty("async def main():\n    return await fetch()\n\nimport asyncio\nasyncio.run(main())\n",
                    external_functions=["fetch"])
    with pytest.raises(MontyRuntimeError) as info:
        program.run(external_functions={"fetch": lambda: "text"})
    assert "host function 'fetch' is not async" in str(info.value)


def test_coroutine_host_function_without_await_gives_an_awaitable():
    async def make():
        return 7

    code = "import asyncio\npending = make()\nname = type(pending).__name__\nvalue = await pending\n(name, value)\n"
    assert Monty(code, external_functions=["make"]).run(external_functions={"make": make}) == ("coroutine", 7)


FANOUT = """
import asyncio

async def one(key):
    value = await lookup(key)
    print("got", key, value)
    return value

values = await asyncio.gather(one("a"), one("b"), one("c"))
print(values)
values
"""


def _answers(key):
    return {"a": 1, "b": 2, "c": 3}[key]


async def _async_answers(key):
    return _answers(key)


def test_future_snapshot_dumps_loads_and_settles_out_of_order():
    # uninterrupted reference run
    reference = CollectStreams()
    expected = Monty(FANOUT, external_functions=["lookup"]).run(
        external_functions={"lookup": _async_answers}, print_callback=reference)

    streams = CollectStreams()
    progress = Monty(FANOUT, external_functions=["lookup"]).start(print_callback=streams)
    calls = {}
    while isinstance(progress, FunctionSnapshot):  # answer every call "pending"
        calls[progress.call_id] = progress.args[0]
        progress = FunctionSnapshot.load(progress.dump()).resume(future=True, print_callback=streams)
    assert isinstance(progress, FutureSnapshot)
    assert sorted(progress.pending_call_ids) == sorted(calls)
    # a fresh interpreter's view: only the bytes travel
    restored = FutureSnapshot.load(progress.dump())
    ids = sorted(calls, reverse=True)
    progress = restored.resume(results={ids[0]: _answers(calls[ids[0]])}, print_callback=streams)
    assert isinstance(progress, FutureSnapshot)
    restored = FutureSnapshot.load(progress.dump())
    progress = restored.resume(results={i: _answers(calls[i]) for i in ids[1:]}, print_callback=streams)
    assert isinstance(progress, MontyComplete)
    assert progress.output == expected == [1, 2, 3]
    assert sorted(streams.stdout.splitlines()) == sorted(reference.stdout.splitlines())
    assert streams.stdout.splitlines()[-1] == "[1, 2, 3]"


def test_future_snapshot_settles_an_exception():
    code = "try:\n    v = await lookup('x')\nexcept ValueError as e:\n    v = 'failed: ' + str(e)\nv\n"
    progress = Monty(code, external_functions=["lookup"]).start()
    progress = progress.resume(future=True)
    assert isinstance(progress, FutureSnapshot)
    final = progress.resume(results={progress.pending_call_ids[0]: ValueError("bad key")})
    assert final.output == "failed: bad key"


def test_future_snapshot_rejects_unknown_ids():
    progress = Monty("await lookup('x')\n", external_functions=["lookup"]).start().resume(future=True)
    with pytest.raises(monty_peg.MontyError, match="not pending"):
        progress.resume(results={999: 1})
