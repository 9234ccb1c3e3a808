"""Issue 9's end-to-end check: an agent-style program using classes, a custom exception, generators,
`match` and dataclasses runs as in CPython — straight through, and when paused at every host call
(inside a generator and inside a method), dumped, loaded and resumed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monty_peg import CollectStreams, Monty, MontyComplete
from monty_peg import MontySnapshot

PROGRAM = Path(__file__).parent / "programs" / "agent_orders.py"
DATA = {
    "price:apple": 0.5, "price:pear": 0.75, "price:fig": 2.0,
    "record:a": {"id": 1, "customer": "ann", "lines": [{"sku": "apple", "qty": 4}, {"sku": "fig", "qty": 1}]},
    "record:b": {"id": 2, "customer": "bob", "lines": []},
    "record:c": None,
    "record:d": {"id": 4, "customer": "cy", "lines": [{"sku": "pear", "qty": 0}]},
    "record:e": {"id": 5, "customer": "dee", "lines": [{"sku": "pear", "qty": 2}, {"sku": "apple", "qty": 1}]},
    "record:f": ["not", "a", "dict"],
}


def fetch(key):
    return DATA[key]


def cpython_run():
    driver = (
        "import json, sys\n"
        "DATA = json.loads(sys.argv[1])\n"
        "def fetch(key):\n    return DATA[key]\n"
        "source = open(sys.argv[2]).read()\n"
        "body, last = source.rstrip().rsplit('\\n', 1)\n"
        "ns = {'fetch': fetch, '__name__': '__main__'}\n"
        "exec(compile(body, 'main.py', 'exec'), ns)\n"
        "print('RESULT', repr(eval(last, ns)))\n"
    )
    done = subprocess.run([sys.executable, "-c", driver, json.dumps(DATA), str(PROGRAM)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    output, _, result = done.stdout.rpartition("RESULT ")
    return output, result.strip()


@pytest.fixture(scope="module")
def expected():
    return cpython_run()


def test_runs_like_cpython(expected):
    streams = CollectStreams()
    result = Monty(PROGRAM.read_text(), external_functions=["fetch"]).run(
        external_functions={"fetch": fetch}, print_callback=streams)
    assert (streams.stdout, repr(result)) == expected


def test_pauses_dumps_and_resumes_like_cpython(expected):
    streams = CollectStreams()
    progress = Monty(PROGRAM.read_text(), external_functions=["fetch"]).start(print_callback=streams)
    pauses = 0
    while not isinstance(progress, MontyComplete):
        assert progress.function_name == "fetch"
        restored = MontySnapshot.load(progress.dump())
        progress = restored.resume(return_value=fetch(*restored.args), print_callback=streams)
        pauses += 1
    assert pauses == 6 + 4  # one per record, one per priced line (inside the method)
    assert (streams.stdout, repr(progress.output)) == expected
