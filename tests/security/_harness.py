"""Machinery shared by the attack suite.

An `Attack` is data: a guest program (or a function that builds one), what it must end with, and how to
run it. `execute()` runs one attack in the current process and returns a JSON-able *outcome*: how it
ended, how long it took, what it printed and returned, whether any host object leaked into that text,
whether the host's namespaces changed, whether the host still runs programs afterwards, and the peak RSS.
`verify()` turns an attack and its outcome into a list of problems; a test passes when there are none.

Attacks that could crash, hang or exhaust the test process are `isolate=True`: a fork server (started by
`conftest.py` when the suite is collected, see `Server`) runs each in a forked child with a capped
address space and kills it when it overruns, so a hang or a crash is reported, not suffered.
"""

from __future__ import annotations

import builtins
import faulthandler
import gc
import importlib
import json
import os
import pkgutil
import re
import reprlib
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

import pytest

import monty_peg
from monty_peg import (GuestObject, Monty, MontyError, MontyInputError, MontyRuntimeError, MontySnapshotError,
                       MontySyntaxError)

# ---------------------------------------------------------------- the standard budget

STD_LIMITS = {"max_duration_secs": 1, "max_memory": 100 * 1024 * 1024}
DEADLINE = STD_LIMITS["max_duration_secs"] + 1.0  # every attack must end within this (seconds)
RSS_CAP_MB = 400  # the host's peak RSS while attacks run
CHILD_ADDRESS_SPACE = 3 << 30  # RLIMIT_AS for isolated children: a runaway allocation fails, not the machine
# Attacks are judged on the CPU time they cost the host (user + system), not wall-clock time: the suite runs
# several attacks at once, and on a loaded machine wall-clock time says more about the machine than about
# the attack. On an idle machine the two agree. An isolated child that has used more CPU than its attack
# allows (or, as a backstop, has run for CHILD_WALL_LIMIT seconds) is killed and reported as a hang.
CHILD_CPU_SLACK = 0.3
CHILD_WALL_LIMIT = 60.0  # generous: a loaded machine can stretch 1 s of CPU to 10 s of wall time
CONCURRENCY = int(os.environ.get("MONTY_SECURITY_JOBS", "3"))

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent

NOTSET = object()

# ---------------------------------------------------------------- attacks


@dataclass(eq=False)
class Attack:
    """One attack. `id` is `technique/name`.

    `expect` lists acceptable endings: `"ok"` (the program completed), `"syntax"` (MontySyntaxError),
    `"input"` (MontyInputError before running), `"TypeName"` (MontyRuntimeError of that guest type with
    `.limit` None), `"TypeName:limit"` (that type, fired by that limit) or `"TypeName:*"` (any `.limit`),
    `"snapshot"` (MontySnapshotError).
    """

    id: str
    code: Union[str, Callable[[], str]]
    expect: Union[str, Tuple[str, ...]]
    stdout: Optional[str] = None  # exact text the program must have printed
    stdout_excludes: Tuple[str, ...] = ()
    result: Any = NOTSET  # the host value run() must return (compared by repr)
    limits: Optional[dict] = field(default_factory=lambda: dict(STD_LIMITS))
    inputs: Optional[Callable[[], dict]] = None  # a factory: every run gets fresh host objects
    hosts: Tuple[str, ...] = ()  # names in HOSTS, declared and provided as external functions
    declared: Tuple[str, ...] = ()  # declared external functions the host does not provide
    isolate: bool = False
    xfail: Optional[str] = None  # what happens today, while the attack is not yet stopped
    max_secs: float = DEADLINE
    followup: Optional[Tuple[str, str]] = None  # (code, expected stdout) of the next run in the same process;
    #                                              code "<same>" re-runs the same Monty object
    check: Optional[Callable[[dict, Any], List[str]]] = None  # extra checks: (outcome, inputs) -> problems
    scenario: Optional[Callable[["Capture"], Any]] = None  # a host-side attack (e.g. forged dumps) run
    #                                         instead of `code`; it returns a value or raises like run()

    def __post_init__(self):
        if isinstance(self.expect, str):
            self.expect = (self.expect,)

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]

    def source(self) -> str:
        return self.code() if callable(self.code) else self.code


CATALOG: Dict[str, Attack] = {}
IGNORE_XFAIL = os.environ.get("MONTY_SECURITY_NO_XFAIL") == "1"  # triage: run every attack as a plain test


def params(attacks: List[Attack]):
    """Register attacks and turn them into `pytest.param`s, with a strict xfail where one is recorded."""
    out = []
    for a in attacks:
        if a.id in CATALOG and CATALOG[a.id] is not a:
            raise ValueError(f"duplicate attack id {a.id}")
        CATALOG[a.id] = a
        marks = [pytest.mark.xfail(strict=True, reason=a.xfail)] if a.xfail and not IGNORE_XFAIL else []
        out.append(pytest.param(a, id=a.name, marks=marks))
    return out


def load_catalog() -> Dict[str, Attack]:
    """Every attack of every `test_*` module of this package (importing them registers their attacks)."""
    package = __name__.rsplit(".", 1)[0]
    for info in pkgutil.iter_modules([str(HERE)]):
        if info.name.startswith("test_"):
            importlib.import_module(f"{package}.{info.name}")
    return CATALOG


# ---------------------------------------------------------------- host functions attacks may be given

HOSTS: Dict[str, Callable] = {}


def host(name: str):
    def register(fn):
        HOSTS[name] = fn
        return fn
    return register


# ---------------------------------------------------------------- what must never show up


def _guest_modules() -> set:
    try:
        from monty_peg.runtime import builtins as rtb

        return set(getattr(rtb, "MODULE_FACTORIES", {})) or {"sys"}
    except Exception:  # noqa: BLE001
        return {"sys"}


GUEST_MODULES = _guest_modules()

LEAK_PATTERNS = [
    ("a host module", re.compile(r"<module '(?!(?:%s)' \(built-in\)>)" % "|".join(map(re.escape, sorted(GUEST_MODULES))))),
    ("a frame object", re.compile(r"<frame\b")),
    ("a code object", re.compile(r"<code object\b")),
    ("a traceback object", re.compile(r"<traceback object\b")),
    ("a host class path", re.compile(r"<class '(?!__main__\.)[A-Za-z_][\w]*\.[\w.]+'>")),
    ("monty_peg internals", re.compile(
        r"\bmonty_peg\.runtime\.\w+\.[A-Za-z_]|\bmonty_peg\.(?!runtime\b)\w+\.[A-Za-z_]"
        r"|\bruntime\.(?:values|vm|attrs|builtins|limits|snapshot|ops)\.\w")),
    ("a host memory address", re.compile(r"\b0x(?!7f00)[0-9a-fA-F]{9,16}\b")),
    ("a host file path", re.compile(r"File \"/|/work/main|site-packages|\.venv/")),
    ("a mappingproxy", re.compile(r"\bmappingproxy\(")),
    ("a slot wrapper / descriptor", re.compile(
        r"<(?:slot wrapper|method-wrapper|wrapper_descriptor|getset_descriptor|member_descriptor|"
        r"method '\w+' of|attribute '\w+' of)")),
    ("a host bound method", re.compile(r"<bound method \w+\.")),
    ("a harness object", re.compile(r"host-secret|HostOnly|_harness")),
]


def find_leaks(*texts: Optional[str]) -> List[str]:
    found, labels = [], set()
    for text in texts:
        if not text:
            continue
        for label, rx in LEAK_PATTERNS:
            m = rx.search(text)
            if m and label not in labels:
                labels.add(label)
                start = max(m.start() - 40, 0)
                found.append(f"{label}: ...{text[start:m.end() + 40]!r}...")
    return found


_PLAIN_RESULT_TYPES = (type(None), bool, int, float, str, bytes, list, tuple, dict, set, frozenset, GuestObject)


def foreign_objects(value, budget: int = 200_000) -> Tuple[List[str], int]:
    """Types in a returned value that are not plain data or `GuestObject` (walked iteratively), and a
    size figure (nodes walked plus the length of strings and bytes)."""
    found, stack, seen, walked = set(), [value], set(), 0
    while stack and walked < budget:
        walked += 1
        v = stack.pop()
        if type(v) in (str, bytes):
            walked += len(v) // 64
        if type(v) not in _PLAIN_RESULT_TYPES:
            found.add(f"{type(v).__module__}.{type(v).__qualname__}")
            continue
        if type(v) in (list, tuple, set, frozenset):
            if id(v) in seen:
                continue
            seen.add(id(v))
            stack.extend(v)
        elif type(v) is dict:
            if id(v) in seen:
                continue
            seen.add(id(v))
            stack.extend(v.keys())
            stack.extend(v.values())
    return sorted(found), walked


def _expanded_size(value, budget: int) -> int:
    """The number of nodes repr() would visit (a shared container counted each time it is reached, a
    container already on the path counted once, as repr shows it as `[...]`), capped at `budget`: a
    result with much sharing is small in memory but huge as text."""
    sizes: Dict[int, int] = {}
    on_path: set = set()

    def size(v, depth: int) -> int:
        if type(v) not in (list, tuple, set, frozenset, dict):
            return 1
        if id(v) in on_path:
            return 1
        if id(v) in sizes:
            return sizes[id(v)]
        if depth > 200:
            return budget
        on_path.add(id(v))
        n = 1
        for item in (list(v.keys()) + list(v.values()) if type(v) is dict else v):
            n += size(item, depth + 1)
            if n >= budget:
                break
        on_path.discard(id(v))
        sizes[id(v)] = n = min(n, budget)
        return n

    return size(value, 0)


class _Repr(reprlib.Repr):
    def repr_bytes(self, x, level):
        return repr(x[: self.maxstring]) + ("..." if len(x) > self.maxstring else "")


_REPR = _Repr()
_REPR.maxlevel = 8
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = _REPR.maxfrozenset = 40
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = 2000


def short_repr(value) -> str:
    try:
        return _REPR.repr(value)
    except BaseException as e:  # noqa: BLE001
        return f"<repr failed: {type(e).__name__}: {e}>"


# ---------------------------------------------------------------- output capture


class Capture:
    """A print callback that keeps the head and tail of what was printed, and counts all of it."""

    HEAD = 1 << 20
    TAIL = 1 << 16

    def __init__(self):
        self.head: List[str] = []
        self.head_len = 0
        self.tail = ""
        self.chars = 0
        self.bytes = 0
        self.calls = 0
        self.anomalies: List[str] = []

    def __call__(self, stream, text):
        self.calls += 1
        if stream not in ("stdout", "stderr") or type(text) is not str:
            self.anomalies.append(f"print callback got ({type(stream).__name__} {stream!r:.40}, "
                                  f"{type(text).__name__})")
            text = str(text)
        self.chars += len(text)
        self.bytes += len(text.encode("utf-8", "surrogatepass"))
        if self.head_len < self.HEAD:
            piece = text[: self.HEAD - self.head_len]
            self.head.append(piece)
            self.head_len += len(piece)
        self.tail = (self.tail + text[-self.TAIL:])[-self.TAIL:]

    @property
    def text(self) -> str:
        return "".join(self.head)


# ---------------------------------------------------------------- the host's own state


def _ids(mapping) -> dict:
    return {k: id(v) for k, v in list(mapping.items())}


def host_snapshot() -> dict:
    """Host state no guest may change: the real builtins, imported modules, environment, process-wide
    interpreter settings, signal handlers, threads, and monty_peg's own shared tables."""
    from monty_peg.runtime import attrs as rt_attrs
    from monty_peg.runtime import builtins as rt_builtins

    snap = {
        "builtins": _ids(vars(builtins)),
        "sys.modules": sorted(m for m in sys.modules if not m.startswith(("monty_peg", "encodings."))),
        "sys.path": list(sys.path),
        "os.environ": dict(os.environ),
        "cwd": os.getcwd(),
        "recursion limit": sys.getrecursionlimit(),
        "int max str digits": sys.get_int_max_str_digits(),
        "switch interval": sys.getswitchinterval(),
        "std streams": [id(sys.stdin), id(sys.stdout), id(sys.stderr)],
        "trace/profile": [id(sys.gettrace()), id(sys.getprofile())],
        "signals": {s.name: id(signal.getsignal(s)) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM)},
        "threads": threading.active_count(),
        "monty_peg": _ids(vars(monty_peg)),
        "harness": _ids({k: v for k, v in globals().items() if k not in ("CATALOG",)}),
        "hosts": _ids(HOSTS),
    }
    functions = getattr(rt_builtins, "BUILTIN_FUNCTIONS", None)
    if isinstance(functions, dict):
        snap["monty builtin functions"] = _ids(functions)
    shared = getattr(rt_builtins, "_SHARED", None)
    if isinstance(shared, dict):
        snap["monty shared builtins"] = _ids(shared)
    prelude = getattr(rt_attrs, "PRELUDE", None)
    if prelude is not None and len(prelude):
        snap["monty prelude"] = _ids(prelude)
        fn = next((f for f in prelude.values() if hasattr(f, "globals")), None)
        if fn is not None and isinstance(fn.globals, dict):
            snap["monty prelude globals"] = _ids(fn.globals)
    return snap


def snapshot_diff(before: dict, after: dict) -> List[str]:
    problems = []
    for key in before:
        a, b = before[key], after.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            added = sorted(set(b) - set(a))
            removed = sorted(set(a) - set(b))
            changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
            problems.append(f"host {key} changed: added {added[:5]}, removed {removed[:5]}, rebound {changed[:5]}")
        elif isinstance(a, list) and isinstance(b, list) and key == "sys.modules":
            problems.append(f"host imported modules: {sorted(set(b) - set(a))[:10]}")
        else:
            problems.append(f"host {key} changed: {str(a)[:80]} -> {str(b)[:80]}")
    return problems


ALIVE_PROGRAM = ("total = sum(range(100))\nordered = sorted(v for v in (3, 1, 2))\n"
                 "import sys\nprint('alive', total, ordered, len('abc'), file=sys.stdout)\ntotal")
ALIVE_OUTPUT = "alive 4950 [1, 2, 3] 3\n"


def host_alive() -> Optional[str]:
    """None when the host still compiles and runs a fresh program normally; otherwise what went wrong."""
    cap = Capture()
    try:
        value = Monty(ALIVE_PROGRAM).run(limits=STD_LIMITS, print_callback=cap)
    except BaseException as e:  # noqa: BLE001
        return f"a fresh program failed afterwards: {type(e).__name__}: {e}"
    if value != 4950 or cap.text != ALIVE_OUTPUT:
        return f"a fresh program misbehaved afterwards: returned {value!r}, printed {cap.text!r}"
    return None


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_warm = False


def warm_up():
    """Load the prelude and everything a first run loads, so attacks are timed on a warm host."""
    global _warm
    if not _warm:
        Monty("sorted([2, 1], key=lambda v: v)\n'{:>3}'.format(1)").run(print_callback=lambda s, t: None)
        host_snapshot()
        _warm = True


# ---------------------------------------------------------------- running one attack


def _describe_exception(e: BaseException) -> Tuple[str, str]:
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append(f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return type(e).__qualname__, f"{str(e)[:400]} (at {' > '.join(where[-4:])})"


def _run_program(program: Monty, attack: Attack, inputs, cap: Capture) -> dict:
    return _outcome_of(lambda: program.run(
        inputs=inputs, external_functions={n: HOSTS[n] for n in attack.hosts} or None,
        limits=attack.limits, print_callback=cap))


def _outcome_of(action: Callable[[], Any]) -> dict:
    o: dict = {}
    try:
        value = action()
    except MontySyntaxError as e:
        o.update(kind="syntax", message=f"{e.msg} (line {e.lineno})"[:2000])
    except MontySnapshotError as e:
        o.update(kind="snapshot", message=str(e)[:2000])
    except MontyRuntimeError as e:
        o.update(kind="runtime", type_name=e.type_name, limit=e.limit, message=str(e.message)[:2000],
                 traceback=str(e.traceback_text)[-4000:])
    except MontyInputError as e:
        o.update(kind="input", message=str(e)[:2000])
    except MontyError as e:
        o.update(kind="monty-other", type_name=type(e).__name__, message=str(e)[:2000])
    except BaseException as e:  # noqa: BLE001 - anything else reaching the host is a finding
        type_name, message = _describe_exception(e)
        o.update(kind="host-error", type_name=type_name, message=message)
    else:
        foreign, walked = foreign_objects(value)
        o.update(kind="ok", result_repr=short_repr(value), result_foreign=foreign)
        if walked < 10_000 and not foreign and _expanded_size(value, 10_000) < 10_000:
            o["result_full_repr"] = repr(value)[:100_000]
    return o


def execute(attack: Attack, *, thorough: bool = True) -> dict:
    """Run one attack here and now; the outcome is JSON-able. `thorough=False` skips the host checks."""
    warm_up()
    code = attack.source() if attack.scenario is None else None
    inputs = attack.inputs() if attack.inputs else None
    cap = Capture()
    before = host_snapshot() if thorough else None
    o: dict = {"id": attack.id, "pid": os.getpid()}
    t0, c0 = time.perf_counter(), time.process_time()
    program = None
    if attack.scenario is not None:
        o.update(_outcome_of(lambda: attack.scenario(cap)))
    else:
        try:
            program = Monty(code, inputs=list(inputs or ()),
                            external_functions=list(attack.hosts) + list(attack.declared))
        except MontySyntaxError as e:
            o.update(kind="syntax", message=f"{e.msg} (line {e.lineno})"[:2000])
        except MontyError as e:
            o.update(kind="monty-other", type_name=type(e).__name__, message=str(e)[:2000])
        except BaseException as e:  # noqa: BLE001
            type_name, message = _describe_exception(e)
            o.update(kind="host-error", type_name=type_name, message=f"while compiling: {message}")
        o["compile_secs"] = time.perf_counter() - t0
        if program is not None:
            o.update(_run_program(program, attack, inputs, cap))
    if attack.isolate:
        gc.collect()  # whatever the run left for the collector is collected inside the measured time
    o["wall_secs"] = time.perf_counter() - t0
    o["elapsed"] = time.process_time() - c0  # CPU seconds: what the verdict uses
    o["stdout_head"] = cap.text[:4000]
    o["stdout_exact"] = cap.text if cap.chars <= 100_000 else None
    o["output_chars"], o["output_bytes"], o["print_calls"] = cap.chars, cap.bytes, cap.calls
    # (a MontyInputError's message is for the host, about the host's own value: it may name host types)
    message = o.get("message") if o.get("kind") != "input" else None
    o["leaks"] = find_leaks(cap.text, cap.tail, o.get("result_repr"), message, o.get("traceback"))
    o["anomalies"] = cap.anomalies
    if thorough:
        if attack.followup is not None:
            o["followup"] = _followup(attack, program, inputs)
        if attack.check is not None:
            try:
                o["check_problems"] = list(attack.check(o, inputs))
            except BaseException as e:  # noqa: BLE001
                o["check_problems"] = [f"the attack's own check failed: {type(e).__name__}: {e}"]
        o["alive"] = host_alive()
        o["namespace"] = snapshot_diff(before, host_snapshot())
    o["rss_mb"] = peak_rss_mb()
    return o


def _followup(attack: Attack, program, inputs) -> dict:
    code, expected = attack.followup
    cap = Capture()
    if code == "<same>":
        if program is None:
            return {"problem": "the program did not compile, so it cannot be re-run"}
        fresh_inputs = attack.inputs() if attack.inputs else None
        o = _run_program(program, attack, fresh_inputs, cap)
    else:
        try:
            o = _run_program(Monty(code), Attack("followup/x", code, "ok"), None, cap)
        except BaseException as e:  # noqa: BLE001
            return {"problem": f"the follow-up program did not compile: {type(e).__name__}: {e}"}
    o["stdout"] = cap.text
    if cap.text != expected:
        o["problem"] = f"the next run printed {cap.text[:300]!r}, expected {expected!r} ({describe(o)})"
    return o


# ---------------------------------------------------------------- judging an outcome


def outcome_matches(spec: str, o: dict) -> bool:
    kind = o.get("kind")
    if spec in ("ok", "syntax", "input", "snapshot"):
        return kind == spec
    if kind != "runtime":
        return False
    type_name, _, limit = spec.partition(":")
    if o.get("type_name") != type_name:
        return False
    if limit == "*":
        return True
    return o.get("limit") == (limit or None)


def describe(o: dict) -> str:
    kind = o.get("kind")
    if kind == "ok":
        return f"it completed (result {o.get('result_repr', '')[:200]})"
    if kind == "runtime":
        return f"MontyRuntimeError {o.get('type_name')} (limit={o.get('limit')!r}): {str(o.get('message'))[:200]}"
    if kind == "syntax":
        return f"MontySyntaxError: {o.get('message', '')[:200]}"
    if kind == "input":
        return f"MontyInputError: {o.get('message', '')[:200]}"
    if kind == "snapshot":
        return f"MontySnapshotError: {o.get('message', '')[:200]}"
    if kind == "host-error":
        return f"a non-monty_peg {o.get('type_name')} reached the host: {str(o.get('message'))[:300]}"
    if kind == "crash":
        return f"crashed the process: {o.get('message')}"
    if kind == "hang":
        return f"did not finish: {o.get('message')}"
    return f"{kind}: {o.get('type_name', '')} {o.get('message', '')}"


def verify(attack: Attack, o: dict) -> List[str]:
    problems: List[str] = []
    if not any(outcome_matches(spec, o) for spec in attack.expect):
        problems.append(f"expected {' or '.join(attack.expect)}; {describe(o)}")
    elapsed = o.get("elapsed")
    if elapsed is not None and elapsed > attack.max_secs:
        problems.append(f"took {elapsed:.2f} s of CPU (limit {attack.max_secs:.1f} s; "
                        f"compile {o.get('compile_secs', 0):.2f} s wall, run {o.get('wall_secs', 0):.2f} s wall)")
    for leak in o.get("leaks", []):
        problems.append(f"output, result or error text shows {leak}")
    for t in o.get("result_foreign", []):
        problems.append(f"run() returned a host object of type {t}")
    problems.extend(o.get("anomalies", []))
    problems.extend(o.get("namespace", []))
    if o.get("alive"):
        problems.append(o["alive"])
    rss = o.get("rss_mb")
    if o.get("isolated") and rss is not None and rss > RSS_CAP_MB:
        problems.append(f"peak RSS {rss:.0f} MB (cap {RSS_CAP_MB} MB)")
    cap = (attack.limits or {}).get("max_output_bytes")
    if cap is not None and o.get("output_bytes", 0) > cap:
        problems.append(f"the print callback received {o['output_bytes']} bytes (max_output_bytes {cap})")
    if attack.stdout is not None and o.get("kind") not in ("hang", "crash"):
        got = o.get("stdout_exact")
        if got != attack.stdout:
            problems.append(f"printed {str(got if got is not None else o.get('stdout_head'))[:300]!r}, "
                            f"expected {attack.stdout[:300]!r}")
    for text in attack.stdout_excludes:
        if text in (o.get("stdout_head") or ""):
            problems.append(f"printed {text!r}")
    if attack.result is not NOTSET and o.get("kind") == "ok" \
            and o.get("result_full_repr", o.get("result_repr")) != repr(attack.result):
        problems.append(f"returned {o.get('result_repr')}, expected {attack.result!r}")
    fu = o.get("followup")
    if fu and fu.get("problem"):
        problems.append(fu["problem"])
    problems.extend(o.get("check_problems", []))
    return problems


def outcome_for(attack: Attack) -> dict:
    if attack.isolate:
        return isolated_outcome(attack)
    faulthandler.dump_traceback_later(60, exit=True)  # an in-process hang must not hang the suite forever
    try:
        return execute(attack)
    finally:
        faulthandler.cancel_dump_traceback_later()


def check_attack(attack: Attack):
    o = outcome_for(attack)
    problems = verify(attack, o)
    _record(attack, o, problems)
    assert not problems, f"{attack.id}:\n  " + "\n  ".join(problems)


def _record(attack, o, problems):
    """With MONTY_SECURITY_REPORT=path, append each attack's verdict (for triage)."""
    path = os.environ.get("MONTY_SECURITY_REPORT")
    if path:
        slim = {k: v for k, v in o.items() if k not in ("stdout_exact", "traceback")}
        with open(path, "a") as f:
            f.write(json.dumps({"id": attack.id, "problems": problems, "outcome": slim}, default=str) + "\n")


# ---------------------------------------------------------------- isolation: the fork server


def _result_path(outdir: str, attack_id: str) -> str:
    return os.path.join(outdir, attack_id.replace("/", "__") + ".json")


def _write_json(path: str, data: dict):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, default=str)
    os.replace(tmp, path)


def _child(attack: Attack, path: str):
    try:
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE))
        o = execute(attack)
        o["isolated"] = True
        _write_json(path, o)
    except BaseException as e:  # noqa: BLE001
        try:
            _write_json(path, {"id": attack.id, "kind": "harness-error", "message": repr(e)[:500]})
        except BaseException:  # noqa: BLE001
            pass
    finally:
        os._exit(0)


_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a child so far (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def serve(outdir: str, ids: List[str], concurrency: int = CONCURRENCY):
    """Run each attack in a forked child (at most `concurrency` at once); kill overrunning ones. Every
    attack gets a result file: its outcome, or a `hang` / `crash` record written here."""
    catalog = load_catalog()
    warm_up()
    queue = list(ids)
    running: Dict[int, Tuple[str, float, str]] = {}
    while queue or running:
        while queue and len(running) < concurrency:
            aid = queue.pop(0)
            path = _result_path(outdir, aid)
            attack = catalog.get(aid)
            if attack is None:
                _write_json(path, {"id": aid, "kind": "harness-error", "message": "unknown attack"})
                continue
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                _child(attack, path)
            running[pid] = (aid, time.monotonic(), path)
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            pid, status = 0, 0
        if pid:
            aid, started, path = running.pop(pid)
            if not os.path.exists(path):
                if os.WIFSIGNALED(status):
                    how = f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
                else:
                    how = f"exited with status {os.WEXITSTATUS(status)}"
                _write_json(path, {"id": aid, "kind": "crash", "isolated": True, "elapsed": None,
                                   "wall_secs": time.monotonic() - started,
                                   "message": f"the process running it was {how}"})
            continue
        now = time.monotonic()
        for pid, (aid, started, path) in list(running.items()):
            cpu = _cpu_seconds(pid)
            if cpu > catalog[aid].max_secs + CHILD_CPU_SLACK or now - started > CHILD_WALL_LIMIT:
                try:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass
                running.pop(pid)
                if not os.path.exists(path):
                    _write_json(path, {"id": aid, "kind": "hang", "isolated": True, "elapsed": None,
                                       "message": f"still running after {cpu:.1f} s of CPU "
                                                  f"({now - started:.1f} s wall); killed"})
        time.sleep(0.005)


class Server:
    """The fork server process, started once per session with the ids of the selected isolated attacks."""

    current: Optional["Server"] = None

    def __init__(self, ids: List[str]):
        self.ids = list(ids)
        self.outdir = tempfile.mkdtemp(prefix="monty-security-")
        self.log = open(os.path.join(self.outdir, "server.log"), "w")
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "_server.py"), self.outdir, str(CONCURRENCY)],
            stdin=subprocess.PIPE, stdout=self.log, stderr=subprocess.STDOUT, text=True, cwd=str(TESTS.parent))
        self.proc.stdin.write("\n".join(self.ids) + "\n")
        self.proc.stdin.close()

    def result(self, attack_id: str) -> dict:
        path = _result_path(self.outdir, attack_id)
        deadline = time.monotonic() + 30 + len(self.ids) * CHILD_WALL_LIMIT
        while not os.path.exists(path):
            if self.proc.poll() is not None and not os.path.exists(path):
                self.log.flush()
                log = Path(self.outdir, "server.log").read_text()[-2000:]
                raise RuntimeError(f"the fork server exited ({self.proc.returncode}) without a result "
                                   f"for {attack_id}:\n{log}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no result for {attack_id} from the fork server")
            time.sleep(0.01)
        with open(path) as f:
            return json.load(f)

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        if not os.environ.get("MONTY_SECURITY_KEEP"):  # keep the result files and logs for a post-mortem
            shutil.rmtree(self.outdir, ignore_errors=True)


def isolated_outcome(attack: Attack) -> dict:
    server = Server.current
    own = server is None or attack.id not in server.ids
    if own:  # run outside a collected session (e.g. -p no:cacheprovider tricks): a private server
        server = Server([attack.id])
    try:
        return server.result(attack.id)
    finally:
        if own:
            server.close()


# ---------------------------------------------------------------- the whole suite in one process


class SuiteRun:
    """Every attack's program, one after another, in one fresh process (`_suite_runner.py`): its peak
    RSS is the host's peak RSS while running the whole suite. A program that overruns stops the run."""

    current: Optional["SuiteRun"] = None
    TOTAL_CPU = 150.0  # CPU seconds for the whole run (about 70 when every attack is stopped in time)

    def __init__(self):
        self.outdir = tempfile.mkdtemp(prefix="monty-suite-")
        self.progress = os.path.join(self.outdir, "progress.jsonl")
        self.log = open(os.path.join(self.outdir, "runner.log"), "w")
        self.started = time.monotonic()
        self.proc = subprocess.Popen([sys.executable, str(HERE / "_suite_runner.py"), self.progress],
                                     stdout=self.log, stderr=subprocess.STDOUT, cwd=str(TESTS.parent))

    def _lines(self) -> List[dict]:
        try:
            with open(self.progress) as f:
                return [json.loads(line) for line in f if line.strip().endswith("}")]
        except (OSError, ValueError):
            return []

    def wait(self) -> dict:
        """{'finished': bool, 'rss_mb': peak, 'ran': n, 'stuck': id or None, 'why': text, 'slow': [...]}"""
        while self.proc.poll() is None:
            lines = self._lines()
            now = time.monotonic()
            last = lines[-1] if lines else None
            why = None
            if _cpu_seconds(self.proc.pid) > self.TOTAL_CPU or now - self.started > 10 * self.TOTAL_CPU:
                why = f"the whole run took more than {self.TOTAL_CPU:.0f} s of CPU"
            elif last and "start" in last and (
                    _cpu_seconds(self.proc.pid) - last["cpu"] > self._allowed(last["start"])
                    or time.time() - last["t"] > CHILD_WALL_LIMIT):
                why = (f"{last['start']} was still running after "
                       f"{_cpu_seconds(self.proc.pid) - last['cpu']:.1f} s of CPU")
            if why:
                self.proc.kill()
                self.proc.wait()
                return self._summary(self._lines(), why)
            time.sleep(0.05)
        lines = self._lines()
        why = None if lines and lines[-1].get("finished") else \
            f"the runner process ended early (exit status {self.proc.returncode})"
        return self._summary(lines, why)

    @staticmethod
    def _allowed(attack_id: str) -> float:
        attack = CATALOG.get(attack_id)
        return (attack.max_secs if attack else DEADLINE) + CHILD_CPU_SLACK

    def _summary(self, lines, why) -> dict:
        rss = max([line.get("rss", 0) for line in lines] or [0])
        ran = sum(1 for line in lines if "done" in line)
        stuck = lines[-1]["start"] if lines and "start" in lines[-1] else None
        big = sorted(((line["rss"], line["done"]) for line in lines if "done" in line), reverse=True)[:5]
        return {"finished": why is None, "why": why, "rss_mb": rss, "ran": ran, "stuck": stuck, "biggest": big}

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        if not os.environ.get("MONTY_SECURITY_KEEP"):  # keep the result files and logs for a post-mortem
            shutil.rmtree(self.outdir, ignore_errors=True)
