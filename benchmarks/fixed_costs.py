"""Fixed costs of the host boundary, in microseconds: what an agent loop pays per run and per host call."""

from __future__ import annotations

import time


def _per_call(fn, number: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


HOST_LOOP = """
total = 0
for i in range(n):
    total += {call}(i)
total
"""


def measure(repeat: int = 5) -> list:
    """[(name, value, unit, target)] for each fixed cost."""
    import monty_peg

    rows = []
    loaded = monty_peg.Monty.load(monty_peg.Monty("1 + 2").dump())
    rows.append(("run of a loaded program `1 + 2`", _per_call(loaded.run, 2000, repeat) * 1e6, "µs", 20))

    n = 2000
    with_host = monty_peg.Monty(HOST_LOOP.format(call="fetch"), inputs=["n"], external_functions=["fetch"])
    guest_only = monty_peg.Monty("def ident(x):\n    return x\n" + HOST_LOOP.format(call="ident"), inputs=["n"])
    hosts = {"fetch": lambda x: x}
    t_host = _per_call(lambda: with_host.run(inputs={"n": n}, external_functions=hosts), 5, repeat)
    t_guest = _per_call(lambda: guest_only.run(inputs={"n": n}), 5, repeat)
    rows.append(("host call round trip in run() (vs a guest call)", (t_host - t_guest) / n * 1e6, "µs", 3))

    paused = monty_peg.Monty("fetch(1)", external_functions=["fetch"])
    rows.append(("start() to the pause, then resume to the end",
                 _per_call(lambda: paused.start().resume(return_value=1), 1000, repeat) * 1e6, "µs", 15))

    snap = monty_peg.Monty("records = [{'id': i, 'ok': i % 2 == 0} for i in range(5)]\nfetch(records)\n",
                           external_functions=["fetch"]).start()
    data = snap.dump()
    rows.append(("dump + load of a small snapshot",
                 _per_call(lambda: monty_peg.FunctionSnapshot.load(snap.dump()), 300, repeat) * 1e6, "µs", 100))
    rows.append(("size of that snapshot", float(len(data)), "bytes", 2048))

    words = [f"word{i}" for i in range(50_000)]
    program = monty_peg.Monty("len(words)", inputs=["words"])
    rows.append(("passing a 50,000-string list as input",
                 _per_call(lambda: program.run(inputs={"words": words}), 20, repeat) * 1e3, "ms", 5))
    return rows
