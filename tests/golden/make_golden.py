"""Writes the golden dumps for the current format version: `program_v{N}.bin` and `snapshot_v{N}.bin`.

    python tests/golden/make_golden.py

Run it once per format version and commit the files; never regenerate the files of an existing version
(tests/test_snapshots.py loads every golden file and checks the results below, so a format change that cannot
read them is caught). The expected results are written out by hand here; they are what CPython gives for the
same programs with the same host answers.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- the program dump

PROGRAM = '''def total(rows, key):
    return sum(r[key] for r in rows if r.get("ok", True))


def describe(rows):
    names = sorted({r["name"] for r in rows})
    return ", ".join(names)


scaled = [round(r["amount"] * factor, 2) for r in records]
try:
    extra = fetch("extra", limit=len(records))["extra"]
    fetch("missing")
except KeyError as e:
    extra = -extra
report = f"{describe(records)}: total {total(records, 'amount'):.2f}, scaled {scaled}, extra {extra}"
print(report)
(report, {n: len(n) for n in ("ab", "c")}, 2 ** 70, records[0]["tags"])
'''

PROGRAM_INPUTS = {
    "records": [{"name": "b", "amount": 2.5, "ok": True, "tags": ("x",)},
                {"name": "a", "amount": 4, "ok": False, "tags": ()},
                {"name": "b", "amount": 1.25, "tags": ()}],
    "factor": 1.5,
}
# host: fetch("extra", limit=3) -> {"extra": 7}; fetch("missing") raises KeyError("missing")
PROGRAM_RESULT = ("a, b: total 3.75, scaled [3.75, 6.0, 1.88], extra -7", {"ab": 2, "c": 1}, 2 ** 70, ("x",))
PROGRAM_PRINTED = [("stdout", "a, b: total 3.75, scaled [3.75, 6.0, 1.88], extra -7\n")]

# ---------------------------------------------------------------- the snapshot dump

SNAPSHOT_PROGRAM = '''import sys


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n
    return step


def pages(count):
    for i in range(count):
        try:
            yield fetch("page", i)
        except KeyError:
            yield None


step = counter(10)
it = iter([10, 20, 30])
first = next(it)
state = {"seen": [], "big": 10 ** 30, "raw": b"\\x00\\xff", "buf": bytearray(b"ab"), "tags": {"x", "y"},
         "frozen": frozenset({1, 2}), "span": range(2, 9, 3), "pair": (1.5, None, True, ...),
         "nested": [[1], {"k": (2,)}]}
state["self"] = state
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
gen = pages(3)
state["seen"] = [next(gen)]
print("first page", state["seen"][0], file=sys.stderr)
for p in gen:
    state["seen"].append(p)
    step(2)
print("pages", state["seen"], step())
del state["self"]
state["buf"] = bytes(state["buf"])
state["span"] = list(state["span"])
state["pair"] = state["pair"][:3] + (state["pair"][3] is ...,)
(step(), first, list(it), repr(err), state, fetch("done", *state["seen"]))
'''

# The dump is taken at the second host call, fetch("page", 1), made inside the generator that the `for` loop
# is consuming, after fetch("page", 0) was answered "P0". Resumed with "P1", then "P2", then "done":
SNAPSHOT_RESULT = (
    16, 10, [20, 30], "ZeroDivisionError('division by zero')",
    {"seen": ["P0", "P1", "P2"], "big": 10 ** 30, "raw": b"\x00\xff", "buf": b"ab", "tags": {"x", "y"},
     "frozen": frozenset({1, 2}), "span": [2, 5, 8], "pair": (1.5, None, True, True),
     "nested": [[1], {"k": (2,)}]},
    "done",
)
SNAPSHOT_PRINTED_AFTER_DUMP = [("stdout", "pages ['P0', 'P1', 'P2'] 15\n")]


def program():
    import monty_peg
    return monty_peg.Monty(PROGRAM, script_name="golden.py", inputs=["records", "factor"],
                           external_functions=["fetch"])


def snapshot_at_second_page():
    import monty_peg
    m = monty_peg.Monty(SNAPSHOT_PROGRAM, script_name="golden_state.py", external_functions=["fetch"])
    s = m.start(print_callback=lambda stream, text: None)
    assert s.args == ("page", 0), s
    s = s.resume(return_value="P0")
    assert s.args == ("page", 1), s
    return s


def main():
    sys.path.insert(0, str(HERE.parents[1]))
    from monty_peg.runtime.snapshot import VERSION
    program_path = HERE / f"program_v{VERSION}.bin"
    snapshot_path = HERE / f"snapshot_v{VERSION}.bin"
    for path in (program_path, snapshot_path):
        if path.exists() and "--force" not in sys.argv:
            sys.exit(f"{path.name} exists: golden files of a released format version are never rewritten "
                     f"(bump VERSION for a new format; --force to overwrite anyway)")
    program_path.write_bytes(program().dump())
    snapshot_path.write_bytes(snapshot_at_second_page().dump())
    for path in (program_path, snapshot_path):
        print(f"wrote {path.relative_to(HERE.parents[1])} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
