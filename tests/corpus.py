"""The corpus runner: each case in `tests/cases/` runs in CPython and in monty_peg; they must agree.

As a library it serves `tests/test_corpus.py`; as a script (`python tests/corpus.py [NAME ...]`) it runs
the named cases (default: all), prints a diff and the disassembly for each disagreement, and a summary.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

CASES = Path(__file__).with_name("cases")
ORACLE = Path(__file__).with_name("oracle.py")
_PIN = re.compile(r"^# monty-expect-(error|stdout|result): ?(.*)$", re.M)


def case_paths():
    return sorted(CASES.glob("*.py"))


def pins(source: str) -> dict:
    found = {}
    for kind, value in _PIN.findall(source):
        found.setdefault(kind, []).append(value)
    return found


@functools.lru_cache(maxsize=None)
def oracle_results() -> dict:
    """Run every unpinned case in one CPython subprocess."""
    paths = [str(p) for p in case_paths() if not pins(p.read_text(encoding="utf-8"))]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-X", "utf8", str(ORACLE), *paths], capture_output=True,
                          text=True, encoding="utf-8", env=env, check=True, timeout=600)
    return json.loads(done.stdout)


def run_monty(source: str, tier=None) -> dict:
    import monty_peg

    out, err = [], []
    record = {"stdout": "", "stderr": "", "result": "None", "exception": None}

    def collect(stream, text):
        (err if stream == "stderr" else out).append(text)

    try:
        program = monty_peg.Monty(source, script_name="main.py", tier=tier)
        value = program.run(print_callback=collect)
        try:
            record["result"] = repr(value)
        except ValueError as e:  # (an int over 4300 digits: the oracle's repr fails in the program's `try` too)
            record["exception"] = ["ValueError", str(e)]
    except monty_peg.MontySyntaxError as e:
        record["exception"] = [e.kind, e.msg]
    except monty_peg.MontyRuntimeError as e:
        record["exception"] = [e.type_name, e.message]
    except Exception:  # noqa: BLE001 - an interpreter bug: report it as a disagreement
        import traceback

        record["exception"] = ["INTERNAL ERROR", traceback.format_exc()]
    record["stdout"] = "".join(out)
    record["stderr"] = "".join(err)
    return record


def expected_for(path: Path) -> dict:
    source = path.read_text(encoding="utf-8")
    pinned = pins(source)
    if not pinned:
        return oracle_results()[str(path)]
    record = {"stdout": None, "stderr": None, "result": None, "exception": None}
    if "error" in pinned:
        kind, _, message = pinned["error"][0].partition(": ")
        record["exception"] = [kind, message]
    if "stdout" in pinned:
        record["stdout"] = "\n".join(pinned["stdout"]) + "\n"
    if "result" in pinned:
        record["result"] = pinned["result"][0]
    return record


def compare(path: Path, tier=None):
    """(ok, report) for one case; `tier`: 'interp', 'compiled' or None (the default: $MONTY_TIER or auto)."""
    source = path.read_text(encoding="utf-8")
    expected = expected_for(path)
    actual = run_monty(source, tier)
    problems = []
    for key in ("stdout", "stderr", "result", "exception"):
        want = expected[key]
        if want is None and key != "exception" and pins(source):
            continue
        if want != actual[key]:
            problems.append(_describe(key, want, actual[key]))
    if not problems:
        return True, ""
    report = [f"== {path.name}"] + problems
    try:
        from monty_peg.compiler import compile_source
        from monty_peg.runtime.dis import disassemble

        report.append(disassemble(compile_source(source, "main.py")))
    except Exception as e:  # noqa: BLE001 - a report, not a check
        report.append(f"(no disassembly: {type(e).__name__}: {e})")
    return False, "\n".join(report)


def _describe(key, want, got):
    if isinstance(want, str) and isinstance(got, str) and ("\n" in want or "\n" in got):
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "monty_peg", lineterm="")
        return f"-- {key} differs:\n" + "\n".join(diff)
    return f"-- {key}: cpython {want!r}\n   {' ' * len(key)}  monty_peg {got!r}"


def main(argv):
    names = set(argv)
    paths = [p for p in case_paths() if not names or p.stem in names or p.name in names]
    failed = 0
    for path in paths:
        ok, report = compare(path)
        if not ok:
            failed += 1
            print(report)
    print(f"{len(paths) - failed}/{len(paths)} cases agree")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main(sys.argv[1:]))
