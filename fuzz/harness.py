"""Running a program in monty_peg, comparing with CPython, and writing a divergence as a corpus case."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import threading
import time
import traceback

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import monty_peg

ROOT = Path(__file__).resolve().parents[1]
FOUND = Path(__file__).with_name("found")
CASES = ROOT / "tests" / "cases"
KEYS = ("stdout", "stderr", "result", "exception")

# monty_peg runs in-process under these limits; a run that hits one is inconclusive, not a divergence.
MONTY_LIMITS = {"max_duration_secs": 5.0, "max_memory": 256 * 1024 * 1024, "max_recursion_depth": 1000,
                "max_steps": 5_000_000}
# Exceptions whose occurrence means a resource ran out on one side; they make a comparison inconclusive.
RESOURCE_EXCEPTIONS = ("MemoryError", "RecursionError")


class Hang(BaseException):
    """A call did not return within the wall-clock guard."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise `Hang` in the main thread after `seconds` of wall-clock time (no-op off the main thread)."""
    if seconds is None or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise Hang(f"no answer after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _put_result(record: dict, value) -> None:
    """The record's result: `repr(value)`, or the ValueError the CPython runner records when that repr fails
    (an int of more than 4300 digits): it reprs the program's last value inside the program's `try`."""
    try:
        record["result"] = repr(value)
    except ValueError as e:
        record["exception"] = ["ValueError", str(e)]


def run_monty(source: str, *, limits: Optional[dict] = None, external_functions: Optional[dict] = None,
              wall_seconds: float = 30.0, tier: Optional[str] = None) -> dict:
    """The record of one monty_peg run, in the corpus runner's format, plus "limit" and "internal".
    `tier`: 'interp', 'auto' or 'compiled' (None: the process default, $MONTY_TIER or 'auto')."""
    out, err = [], []
    record = {"stdout": "", "stderr": "", "result": "None", "exception": None, "limit": None, "internal": None}

    def collect(stream, text):
        (err if stream == "stderr" else out).append(text)

    try:
        with time_limit(wall_seconds):
            program = monty_peg.Monty(source, script_name="main.py",
                                      external_functions=list(external_functions or ()), tier=tier)
            value = program.run(print_callback=collect, limits=dict(MONTY_LIMITS if limits is None else limits),
                                external_functions=external_functions or None)
            _put_result(record, value)
    except monty_peg.MontySyntaxError as e:
        record["exception"] = [e.kind, e.msg]
    except monty_peg.MontyRuntimeError as e:
        record["exception"] = [e.type_name, e.message]
        record["limit"] = e.limit
    except monty_peg.MontyError as e:
        record["exception"] = [type(e).__name__, str(e)]
    except Hang as e:
        record["exception"] = ["HANG", str(e)]
        record["internal"] = "hang"
    except Exception as e:  # noqa: BLE001 - an interpreter bug
        record["exception"] = ["INTERNAL ERROR", f"{type(e).__name__}: {e}"]
        record["internal"] = traceback.format_exc()
    record["stdout"] = "".join(out)
    record["stderr"] = "".join(err)
    return record


def inconclusive(cp: dict, mp: dict) -> Optional[str]:
    """Why this pair cannot be compared (a resource ran out on a side), or None."""
    if cp.get("status", "ok") != "ok":
        return "cpython " + cp["status"]
    if mp.get("limit"):
        return "monty limit " + mp["limit"]
    for side, rec in (("cpython", cp), ("monty", mp)):
        exc = rec.get("exception")
        if exc and exc[0] in RESOURCE_EXCEPTIONS:
            return f"{side} {exc[0]}"
        if any(name in rec.get("stdout", "") for name in RESOURCE_EXCEPTIONS):
            return f"{side} printed a resource error"
    return None


def differing(cp: dict, mp: dict) -> list:
    return [k for k in KEYS if cp.get(k) != mp.get(k)]


_NORMALIZE = [(re.compile(r"0x[0-9a-fA-F]+"), "0x…"), (re.compile(r"[\w.<>]+\(\)"), "f()"), (re.compile(r"'[^']*'|\"[^\"]*\""), "'…'"),
              (re.compile(r"\d+"), "0"), (re.compile(r"\s+"), " ")]


def normalize(text: str) -> str:
    text = text or ""
    for pattern, repl in _NORMALIZE:
        text = pattern.sub(repl, text)
    return text[:120]


def _first_difference(a: str, b: str):
    al, bl = (a or "").splitlines(), (b or "").splitlines()
    for x, y in zip(al, bl):
        if x != y:
            return x, y
    return ("\n".join(al[len(bl):])[:200], "\n".join(bl[len(al):])[:200])


@dataclass
class Divergence:
    source: str
    cpython: dict
    monty: dict
    keys: list = field(default_factory=list)
    mode: str = "plain"  # "host": CPython vs run() with a host function; "pause": run() vs start()/resume()
    tier: Optional[str] = None  # monty_peg's tier when it was found, if not the default

    @property
    def kind(self) -> str:
        """A short description of what differs, used for slugs: e.g. `valueerror_message`."""
        kind = self._kind()
        return kind if self.mode == "plain" else f"{self.mode}_{kind}"

    def _kind(self) -> str:
        cp, mp = self.cpython, self.monty
        if mp.get("internal") == "hang":
            return "hang"
        if mp.get("internal"):
            return "internal_error"
        if "exception" in self.keys:
            ce, me = cp["exception"], mp["exception"]
            if ce and me and ce[0] == me[0]:
                return f"{ce[0]}_message"
            return f"{ce[0] if ce else 'no_error'}_vs_{me[0] if me else 'no_error'}"
        return "_".join(self.keys)

    @property
    def signature(self) -> str:
        """What makes two divergences 'the same bug' for a long run: kind plus the normalized difference."""
        sig = self._signature()
        # CPython vs run() is the same comparison with or without host calls: only pauses are their own kind
        return f"pause|{sig}" if self.mode == "pause" else sig

    def _signature(self) -> str:
        cp, mp = self.cpython, self.monty
        if mp.get("internal") and mp["internal"] != "hang":
            last = [ln for ln in mp["internal"].strip().splitlines() if ln.startswith("  File")][-1:]
            return f"internal|{mp['exception'][1].split(':')[0]}|{normalize(''.join(last))}"
        if "exception" in self.keys:
            ce, me = cp["exception"] or ["", ""], mp["exception"] or ["", ""]
            if ce[0] == me[0] and ce[1] and sorted(ce[1]) == sorted(me[1]):
                return f"exc|{ce[0]}|permutation"
            return f"exc|{ce[0]}|{me[0]}|{normalize(ce[1])}|{normalize(me[1])}"
        key = self.keys[0]
        a, b = cp[key], mp[key]
        x, y = _first_difference(a, b) if key != "result" else (a, b)
        if x and sorted(x) == sorted(y):  # same characters in another order: an ordering bug (sets...)
            return f"{key}|permutation"
        return f"{key}|{normalize(x)}|{normalize(y)}"

    def slug(self) -> str:
        digest = hashlib.sha1(self.source.encode("utf-8")).hexdigest()[:6]
        words = re.sub(r"[^a-z0-9]+", "_", self.kind.lower()).strip("_")[:48]
        return f"{words}_{digest}"

    def sides(self):
        return {"plain": ("cpython", "monty_peg"), "host": ("cpython", "run()"), "pause": ("run()", "start()")}[self.mode]

    def report(self) -> str:
        left, right = self.sides()
        lines = [f"{left} and {right} disagree on this program"
                 + (" (with the host function fetch: see fuzz/harness.py HOST_SOURCE)" if self.mode != "plain" else "")
                 + (f" (monty_peg tier {self.tier!r})" if self.tier else "")
                 + ":", "", self.source.rstrip(), ""]
        for key in self.keys or KEYS:
            lines.append(f"-- {key}:")
            lines.append(f"   {left:<9} {self.cpython.get(key)!r}")
            lines.append(f"   {right:<9} {self.monty.get(key)!r}")
        if self.monty.get("internal") and self.monty["internal"] != "hang":
            lines += ["", "monty_peg internal traceback:", self.monty["internal"]]
        return "\n".join(lines)

    def case_text(self) -> str:
        left, right = self.sides()
        header = ["# Found by the differential fuzzer (fuzz/test_differential.py), shrunk by hypothesis and",
                  "# reduced by fuzz/reduce.py. CPython is the oracle: this case fails until monty_peg agrees."]
        if self.mode != "plain":
            header = ["# Found by the differential fuzzer in host-call mode: the program calls a host function",
                      "# `fetch` declared with Monty(..., external_functions=['fetch']), defined as:"]
            header += ["#   " + line for line in HOST_SOURCE.strip().splitlines()]
            header.append(f"# and {left} and {right} disagree. Not a plain corpus case: make it a host test.")
        header.append("# At the time" + (f" (monty_peg tier {self.tier!r}: MONTY_TIER={self.tier})" if self.tier else "") + ":")
        for key in self.keys:
            header.append(f"#   {key}: {left:<9} {_short(self.cpython.get(key))}")
            header.append(f"#   {' ' * len(key)}  {right:<9} {_short(self.monty.get(key))}")
        return "\n".join(header) + "\n" + self.source.rstrip() + "\n"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


def compare(source: str, cp: dict, mp: dict) -> Optional[Divergence]:
    keys = differing(cp, mp)
    if not keys and not mp.get("internal"):
        return None
    return Divergence(source, cp, mp, keys or ["exception"])


def case_directory() -> Path:
    """Where found cases go: tests/cases when FUZZ_WRITE_CASES=1 (or FUZZ_CASES_DIR is set), else fuzz/found."""
    explicit = os.environ.get("FUZZ_CASES_DIR")
    if explicit:
        return Path(explicit)
    if os.environ.get("FUZZ_WRITE_CASES", "") not in ("", "0"):
        return CASES
    return FOUND


def write_case(div: Divergence, directory: Optional[Path] = None) -> Path:
    # host-call divergences cannot be plain corpus cases (the corpus has no host functions): staged only
    directory = Path(directory or (case_directory() if div.mode == "plain" else FOUND))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"regress__{div.slug()}.py"
    path.write_text(div.case_text(), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------- host calls

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


def run_straight(source: str, tier: Optional[str] = None) -> dict:
    return run_monty(source, external_functions={"fetch": fetch}, tier=tier)


def run_paused(source: str) -> dict:
    """Pause at every host call, dump, load, resume; the record, plus the number of pauses."""
    out, err = [], []
    collect = _collector(out, err)
    record = _record()
    record["pauses"] = 0
    try:
        with time_limit(30):
            program = monty_peg.Monty(source, script_name="main.py", external_functions=["fetch"])
            program = monty_peg.Monty.load(program.dump()) if hasattr(monty_peg.Monty, "load") else program
            progress = program.start(limits=dict(MONTY_LIMITS), print_callback=collect)
            while not isinstance(progress, monty_peg.MontyComplete):
                assert getattr(progress, "function_name", None) == "fetch", f"unexpected pause {progress!r}"
                record["pauses"] += 1
                progress = monty_peg.MontySnapshot.load(progress.dump())
                value = fetch(*progress.args, **progress.kwargs)
                progress = progress.resume(return_value=value, print_callback=collect)
            _put_result(record, progress.output)
    except monty_peg.MontySyntaxError as e:
        record["exception"] = [e.kind, e.msg]
    except monty_peg.MontyRuntimeError as e:
        record["exception"] = [e.type_name, e.message]
        record["limit"] = e.limit
    except monty_peg.MontyError as e:
        record["exception"] = [type(e).__name__, str(e)]
    except Hang as e:
        record["exception"] = ["HANG", str(e)]
        record["internal"] = "hang"
    except Exception as e:  # noqa: BLE001 - an interpreter bug
        import traceback

        record["exception"] = ["INTERNAL ERROR", f"{type(e).__name__}: {e}"]
        record["internal"] = traceback.format_exc()
    record["stdout"], record["stderr"] = "".join(out), "".join(err)
    return record



KNOWN_FILE = Path(__file__).with_name("known.txt")


def load_known() -> dict:
    """Signatures not to fail on, with the reason: `fuzz/known.txt` and the file named by FUZZ_KNOWN_FILE.

    Each line is `signature<TAB>reason` (`#` starts a comment). Use it for divergences that are intended
    (also list them in docs/fuzzing.md) or already filed and waiting for a fix (say which issue).
    """
    known = {}
    for path in (KNOWN_FILE, os.environ.get("FUZZ_KNOWN_FILE")):
        if not path or not Path(path).exists():
            continue
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            sig, _, reason = line.partition("\t")
            known[sig.strip()] = reason.strip()
    return known


class Stats:
    """Counters shared by the tests and the long runner."""

    def __init__(self):
        self.started = time.perf_counter()
        self.programs = 0
        self.compared = 0
        self.inconclusive = 0
        self.divergent = 0
        self.known = 0
        self.reasons = {}
        self.lines = 0  # lines of all programs run (for the mean program size)
        self.tiers = {}  # monty_peg tier -> programs run on it (the long run's random driver)

    def rate(self) -> float:
        return self.programs / max(time.perf_counter() - self.started, 1e-9)
