"""The compiled tier (runtime/compiled.py, translate.py, audit.py): its security invariants, each tested,
and its agreement with the interpreter where the corpus does not look (pauses, dumps, limits, tracebacks).

The corpus runs under both tiers in tests/test_corpus.py; fuzz/test_tiers.py compares the tiers on
generated programs.
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest

import monty_peg
from monty_peg.runtime import audit, compiled, translate
from monty_peg.runtime.code import Code


def codes(program):
    """Every code object of a program."""
    todo, out = [program.code], []
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(k for k in c.consts if type(k) is Code)
    return out


def outcome(source, tier, **kw):
    """(printed text, result or exception, traceback text) of one run."""
    printed = []
    program = monty_peg.Monty(source, tier=tier, **{k: v for k, v in kw.items() if k in ("inputs",)})
    try:
        value = program.run(print_callback=lambda s, t: printed.append(t), inputs=kw.get("input_values"),
                            limits=kw.get("limits"))
        return "".join(printed), ("ok", repr(value)), None
    except monty_peg.MontyRuntimeError as e:
        return "".join(printed), ("error", e.type_name, e.message, e.limit), e.traceback_text


def same_on_both_tiers(source, **kw):
    interp = outcome(source, "interp", **kw)
    comp = outcome(source, "compiled", **kw)
    assert comp == interp
    return comp


# ---------------------------------------------------------------- no guest text in generated source

SECRET = '''
def zq_secret_function(zq_param_alpha, zq_param_beta=17):
    zq_local_gamma = "zq string constant os.system('zq')"
    zq_local_gamma += zq_param_alpha.zq_attribute_name
    if zq_local_gamma.startswith("zq") and zq_param_beta > 987654321:
        zq_local_gamma = zq_local_gamma.zq_missing_method()
    return {"zq_key": zq_param_beta * 987654321, 'zq_other': 3.14159, "n": len(zq_local_gamma)}

class ZqClass:
    zq_class_attr = 1
    def zq_method(self, zq_arg):
        return [zq_item for zq_item in range(zq_arg) if zq_item % 2 == 0]

zq_obj = ZqClass()
zq_obj.zq_attribute_name = "zq value"
zq_results = []
for zq_loop_var in range(3):
    zq_results.append(zq_secret_function(zq_obj, zq_loop_var))
    zq_results.append(zq_obj.zq_method(zq_loop_var))
try:
    import zq_missing_module
except ImportError as zq_error:
    zq_results.append(str(zq_error))
zq_results
'''


def test_no_guest_text_in_generated_source():
    program = monty_peg.Monty(SECRET, tier="compiled")
    program.run()
    sources = [c.tier.source for c in codes(program) if c.tier is not None and c.tier.source]
    assert len(sources) >= 4  # module, the function, the method, the comprehension
    for source in sources:
        lowered = source.lower()
        for text in ("zq", "987654321", "3.14159", "os.system", "startswith"):
            assert text not in lowered, f"guest text {text!r} in generated code:\n{source}"
        assert "'" not in source and '"' not in source  # no string literal of any kind


# ---------------------------------------------------------------- the audit


ACCEPTED = "def R(vm, x, l0=U, f=None):\n    s0 = l0\n    return s0\n"

REJECTED = {
    "import": "import os\n" + ACCEPTED,
    "two functions": ACCEPTED + "def G(vm, x, f=None):\n    pass\n",
    "string literal": "def R(vm, x, f=None):\n    s0 = 'os'\n",
    "bytes literal": "def R(vm, x, f=None):\n    s0 = b'os'\n",
    "float literal": "def R(vm, x, f=None):\n    s0 = 1.5\n",
    "huge int": "def R(vm, x, f=None):\n    s0 = 123456789012345\n",
    "f-string": "def R(vm, x, f=None):\n    s0 = f'{x}'\n",
    "dunder attribute": "def R(vm, x, f=None):\n    s0 = x.__globals__\n",
    "class of a call": "def R(vm, x, f=None):\n    s0 = h_call(vm, x, []).__class__\n",
    "unknown attribute": "def R(vm, x, f=None):\n    s0 = vm.tracker\n",
    "builtin name": "def R(vm, x, f=None):\n    s0 = open\n",
    "eval": "def R(vm, x, f=None):\n    s0 = eval(x)\n",
    "guest-looking name": "def R(vm, x, f=None):\n    secret = 1\n",
    "lambda": "def R(vm, x, f=None):\n    s0 = lambda: 1\n",
    "nested def": "def R(vm, x, f=None):\n    def g():\n        pass\n",
    "class": "def R(vm, x, f=None):\n    class C:\n        pass\n",
    "global": "def R(vm, x, f=None):\n    global s0\n",
    "del": "def R(vm, x, f=None):\n    del x\n",
    "with": "def R(vm, x, f=None):\n    with x:\n        pass\n",
    "yield": "def R(vm, x, f=None):\n    yield x\n",
    "comprehension": "def R(vm, x, f=None):\n    s0 = [s1 for s1 in x]\n",
    "keyword call": "def R(vm, x, f=None):\n    h_call(vm, x, f=x)\n",
    "starred call": "def R(vm, x, f=None):\n    h_call(vm, *x)\n",
    "finally": "def R(vm, x, f=None):\n    try:\n        pass\n    finally:\n        pass\n",
    "except anything": "def R(vm, x, f=None):\n    try:\n        pass\n    except Exception:\n        pass\n",
    "decorator": "@h_call\ndef R(vm, x, f=None):\n    pass\n",
    "other parameters": "def R(vm, y, f=None):\n    pass\n",
    "varargs": "def R(vm, x, *a, f=None):\n    pass\n",
    "wrong name": "def Q(vm, x, f=None):\n    pass\n",
    "keyword-only": "def R(vm, x, *, f=None):\n    pass\n",
    "deep nesting": "def R(vm, x, f=None):\n" + "".join("    " * (i + 1) + "if x:\n" for i in range(95))
                    + "    " * 96 + "pass\n",
    "except tuple": "def R(vm, x, f=None):\n    try:\n        pass\n    except (_TypeError, _KeyError):\n"
                    "        pass\n",
    "comment": "def R(vm, x, f=None):\n    pass  # guest text\n",
    "line continuation": "def R(vm, x, f=None):\n    s0 = \\\n        x\n",
    "non-ascii name": "def R(vm, x, f=None):\n    s0 = x.\u00e9t\u00e9\n",
    "slice": "def R(vm, x, f=None):\n    s0 = x[1:2]\n",
    "dunder method": "def R(vm, x, f=None):\n    x.__init__()\n",
    "store class": "def R(vm, x, f=None):\n    x.__class__ = x\n",
    "guest local": "def R(vm, x, f=None):\n    secret = x\n    return secret\n",
    "module code": "def R(vm, x, f=None):\n    pass\nh_call(R)\n",
}


def test_audit_accepts_the_translators_shapes():
    audit.audit(ACCEPTED, helpers={"U": None})


@pytest.mark.parametrize("layout_311", [True, False] if audit._LAYOUT_311 else [False])
@pytest.mark.parametrize("name", sorted(REJECTED))
def test_audit_rejects(name, layout_311, monkeypatch):
    monkeypatch.setattr(audit, "_LAYOUT_311", layout_311)  # (the `dis` path is what other Pythons take)
    with pytest.raises(audit.AuditError):
        audit.audit(REJECTED[name], helpers={"U": None, "h_call": None})


@pytest.mark.parametrize("layout_311", [True, False] if audit._LAYOUT_311 else [False])
def test_audit_accepts_what_the_translator_emits(layout_311, monkeypatch):
    """Both ways of reading the bytecode accept every function of a corpus program the translator makes."""
    monkeypatch.setattr(audit, "_LAYOUT_311", layout_311)
    checked = 0
    for path in sorted((Path(__file__).parent / "cases").glob("[cef][lxu][acn]*.py")):  # class, exc, func
        program = monty_peg.Monty(path.read_text(), tier="compiled")
        try:
            program.run(print_callback=lambda stream, text: None)
        except monty_peg.MontyError:
            pass
        for c in codes(program):
            if c.tier is not None and c.tier.source:
                audit.audit(c.tier.source, helpers=compiled.HELPERS | {k: None for k in _tables(c)})
                checked += 1
    assert checked >= 200


def test_every_generated_module_passed_the_audit():
    program = monty_peg.Monty(SECRET, tier="compiled")
    program.run()
    for c in codes(program):
        if c.tier is not None and c.tier.source:
            audit.audit(c.tier.source, helpers=compiled.HELPERS | {k: None for k in _tables(c)})


def _tables(code):
    return translate.translate(code).tables


# ---------------------------------------------------------------- what generated code can reach


def test_generated_code_has_empty_builtins_and_only_helpers():
    program = monty_peg.Monty("def f(x):\n    return x + 1\nf(1)\n", tier="compiled")
    program.run()
    fn_code = [c for c in codes(program) if c.name == "f"][0]
    native = fn_code.tier.native
    g = native.__globals__
    assert g["__builtins__"] == {}
    allowed = set(compiled.HELPERS) | set(_tables(fn_code)) | {"__builtins__", "CODE", "R"}
    assert set(g) <= allowed
    for name, value in g.items():
        assert not isinstance(value, types.ModuleType), name
    # the helpers are this runtime's own functions and types, not a door to the host
    for name in compiled.HELPERS:
        assert name.startswith(("h_", "_")) or name.isupper() or name[0].isupper(), name


def test_exceptions_reach_guest_code_as_guest_values():
    source = """
def f(x):
    return x / 0
caught = []
for i in range(3):
    try:
        f(i)
    except ZeroDivisionError as e:
        caught.append((type(e).__name__, str(e), e.args, isinstance(e, Exception)))
try:
    f(1)
except Exception as e:
    err = e
caught, repr(err), type(err) is ZeroDivisionError
"""
    printed, result, _ = same_on_both_tiers(source)
    assert "ZeroDivisionError" in result[1]


def test_the_boundary_converts_exceptions():
    """Called directly, a generated function hands a handler (and its caller) only guest exceptions."""
    from monty_peg.runtime import builtins as rt_builtins
    from monty_peg.runtime.limits import Tracker
    from monty_peg.runtime.values import ExcInstance, Function
    from monty_peg.runtime.vm import VM

    source = ("def caught(d):\n    try:\n        return d['k']\n    except KeyError as e:\n        return e\n"
              "def uncaught(d):\n    return d['k'] + 1\n")
    program = monty_peg.Monty(source, tier="compiled")
    program.run()
    by_name = {c.name: c for c in codes(program)}
    vm = VM({}, rt_builtins.shared_builtins(), Tracker(), lambda s, t: None)
    vm.tier = compiled.EAGER
    exc = by_name["caught"].direct(vm, Function(by_name["caught"], {}), {})
    assert type(exc) is ExcInstance and exc.cls.name == "KeyError"
    assert vm.frames == []
    with pytest.raises(compiled.GuestUnwind) as info:
        by_name["uncaught"].direct(vm, Function(by_name["uncaught"], {}), {})
    assert type(info.value.exc) is ExcInstance and info.value.__cause__ is None
    assert info.value.__suppress_context__
    assert vm.frames == []


# ---------------------------------------------------------------- bounded size and nesting, fallback


def test_too_big_a_function_runs_on_the_interpreter():
    body = "".join(f"    x = x + {i % 7}\n" for i in range(12_000))
    source = f"def f(x):\n{body}    return x\nf(1)\n"
    program = monty_peg.Monty(source, tier="compiled", max_source_chars=None)
    assert program.run() == 1 + sum(i % 7 for i in range(12_000))
    f_code = [c for c in codes(program) if c.name == "f"][0]
    assert f_code.tier.state == "failed" and f_code.tier.native is None


def test_deep_nesting_runs_on_the_interpreter():
    depth = 95
    lines = ["def f(x):"]
    for i in range(depth):
        lines.append("    " * (i + 1) + f"if x > {i}:")
    lines.append("    " * (depth + 1) + "return 'deep'")
    lines.append("    return 'shallow'")
    source = "\n".join(lines) + "\n[f(200), f(3)]\n"
    printed, result, _ = same_on_both_tiers(source)
    assert result == ("ok", "['deep', 'shallow']")


def test_compile_failure_falls_back_to_the_interpreter(monkeypatch):
    def refuse(*args, **kwargs):
        raise SyntaxError("too many statically nested blocks")

    monkeypatch.setattr(audit, "compile", refuse, raising=False)  # (the audit compiles)
    program = monty_peg.Monty("def g(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n"
                              "g(10) + 0\n", tier="compiled")
    for c in codes(program):
        c.tier = None
    assert program.run() == 45
    assert all(c.tier.state in ("failed", "ineligible") for c in codes(program))
    monkeypatch.undo()
    for c in codes(program):
        c.tier = None


# ---------------------------------------------------------------- pauses, dumps and resumes


PAUSING = """
def score(record):
    extra = fetch(record["id"])
    return record["value"] * 2 + extra

total = 0
seen = []
for r in records:
    if r["value"] % 3 == 0:
        continue
    total += score(r)
    seen.append(r["id"])
(total, seen)
"""


def _drive(program, records, dump_each=False, resume_tier=None):
    snap = program.start(inputs={"records": records})
    while isinstance(snap, monty_peg.FunctionSnapshot):
        assert snap.function_name == "fetch"
        if dump_each:
            snap = monty_peg.FunctionSnapshot.load(snap.dump())
        snap = snap.resume(return_value=snap.args[0] * 10)
    return snap.output


@pytest.mark.parametrize("dump_each", [False, True])
def test_pauses_in_compiled_code_resume_identically(dump_each):
    records = [{"id": i, "value": i * 7 % 11} for i in range(40)]
    expected = monty_peg.Monty(PAUSING, inputs=["records"], external_functions=["fetch"], tier="interp") \
        .run(inputs={"records": records}, external_functions={"fetch": lambda i: i * 10})
    for tier in ("interp", "compiled"):
        program = monty_peg.Monty(PAUSING, inputs=["records"], external_functions=["fetch"], tier=tier)
        assert _drive(program, records, dump_each) == expected


def test_pause_inside_a_guest_dunder_and_a_sort_key():
    source = """
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return ask(self.v) < ask(other.v)
    def __add__(self, other):
        return Box(ask(self.v + other.v))
def run(items):
    boxes = sorted([Box(i) for i in items])
    total = boxes[0]
    for b in boxes[1:]:
        total = total + b
    keyed = sorted(items, key=lambda i: ask(-i))
    return [b.v for b in boxes], total.v, keyed
run(xs)
"""
    results = {}
    for tier in ("interp", "compiled"):
        program = monty_peg.Monty(source, inputs=["xs"], external_functions=["ask"], tier=tier)
        snap = program.start(inputs={"xs": [3, 1, 2]})
        pauses = 0
        while isinstance(snap, monty_peg.FunctionSnapshot):
            pauses += 1
            snap = monty_peg.FunctionSnapshot.load(snap.dump()).resume(return_value=snap.args[0])
        results[tier] = (snap.output, pauses)
    assert results["compiled"] == results["interp"]
    assert results["compiled"][1] > 3


def test_pause_inside_a_generator_consumed_by_compiled_code():
    source = """
def pages():
    for i in range(4):
        yield fetch(i)
def collect():
    out = []
    for p in pages():
        out.append(p)
    return out, sum(x for x in pages())
collect()
"""
    results = {}
    for tier in ("interp", "compiled"):
        program = monty_peg.Monty(source, external_functions=["fetch"], tier=tier)
        snap = program.start()
        while isinstance(snap, monty_peg.FunctionSnapshot):
            snap = monty_peg.FunctionSnapshot.load(snap.dump()).resume(return_value=snap.args[0] + 100)
        results[tier] = snap.output
    assert results["compiled"] == results["interp"] == ([100, 101, 102, 103], 406)


def test_host_exception_raised_into_a_compiled_frame():
    source = """
def safe(i):
    try:
        return fetch(i)
    except ValueError as e:
        return "bad " + str(e)
[safe(i) for i in range(3)]
"""
    results = {}
    for tier in ("interp", "compiled"):
        program = monty_peg.Monty(source, external_functions=["fetch"], tier=tier)
        snap = program.start()
        while isinstance(snap, monty_peg.FunctionSnapshot):
            if snap.args[0] == 1:
                snap = snap.resume(exception=ValueError("one"))
            else:
                snap = snap.resume(return_value=snap.args[0])
        results[tier] = snap.output
    assert results["compiled"] == results["interp"] == [0, "bad one", 2]


# ---------------------------------------------------------------- limits and tracebacks


def test_step_limit_in_a_compiled_loop():
    source = "def spin():\n    n = 0\n    while True:\n        n += 1\nspin()\n"
    _, result, tb = same_on_both_tiers(source, limits={"max_steps": 20_000})
    assert result[1] == "TimeoutError" and result[3] == "steps"
    assert "spin()" in tb


COUNTED = """
total = 0
for i in range(500):
    try:
        if i % 4 == 0:
            raise ValueError(i)
        total += len({i: [i]})
    except ValueError:
        out = []
        for j in range(i % 11):
            out.append(j * 3)
        total += len(out)
    d = {}
    d[i] = i
    t = ("a-b" * (i % 5)).replace("-", " | ").upper()
k = 0
while k < 2000:
    k += 1
done(total, k)
"""


def test_tiers_count_the_same_steps_and_allocations():
    """Compiled loops count their allocations in a local and hand them over later (translate.py): by a
    pause, every step, allocation and byte charged is counted as the interpreter counts it. (Calls are left out: a
    direct call between compiled functions makes no frame, so it counts no frame allocation.)"""
    counts = {}
    for tier in ("interp", "compiled"):
        snap = monty_peg.Monty(COUNTED, external_functions=["done"], tier=tier).start()
        vm = snap._execution.vm
        t = vm.tracker
        counts[tier] = (snap.args, t.steps + vm.granted - vm.budget, t.allocations + vm.allocs, t.unmeasured)
    assert counts["compiled"] == counts["interp"]
    assert counts["interp"][1] > 4000


@pytest.mark.parametrize("max_steps", [5000, 20001, 33333])
def test_step_limit_in_a_compiled_loop_that_calls_guest_code(max_steps):
    # the callee's steps and the loop's reach the budget together: the limit is hit at the same step, in the
    # same frame, with the same output before it (counting the loop's steps in a local let it run on)
    source = ("def g(n):\n    return n + 1\ntotal = 0\nwhile True:\n    total = g(total)\n"
              "    if total % 1000 == 0:\n        print(total)\n")
    printed, result, tb = same_on_both_tiers(source, limits={"max_steps": max_steps})
    assert result[1] == "TimeoutError" and result[3] == "steps" and f"> {max_steps} steps" in result[2]
    assert printed and tb


def test_recursion_limit_through_compiled_frames():
    source = "def down(n):\n    return down(n + 1) + 1\ndown(0)\n"
    _, result, tb = same_on_both_tiers(source, limits={"max_recursion_depth": 300})
    assert result[1] == "RecursionError"


def test_deep_recursion_past_the_native_depth():
    source = ("def depth(n):\n    if n == 0:\n        return 0\n    return depth(n - 1) + 1\n"
              "[depth(50), depth(250), depth(600)]\n")
    _, result, _ = same_on_both_tiers(source, limits={"max_recursion_depth": 1000})
    assert result == ("ok", "[50, 250, 600]")


def test_memory_held_only_by_compiled_frames_is_measured():
    """Temporaries and locals of running compiled functions live in Python locals: the memory limit must
    still see them (else each level below could re-use the whole budget)."""
    source = "def grow(n):\n    chunk = [n] * 400_000\n    return chunk + grow(n + 1)\ngrow(0)\n"
    limits = {"max_memory": 24 * 1024 * 1024, "max_recursion_depth": 120}
    _, result, _ = same_on_both_tiers(source, limits=limits)
    assert result[1] == "MemoryError"


TRACEBACKS = [
    "def a(x):\n    return b(x) + 1\ndef b(x):\n    return {}[x]\nfor i in range(3):\n    a(i)\n",
    "def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\nf([1, 2, 'three'])\n",
    "def g():\n    try:\n        raise ValueError('inner')\n    except ValueError as e:\n"
    "        raise KeyError('outer') from e\ng()\n",
    "class C:\n    def m(self):\n        return self.missing\nC().m()\n",
    "def f(n):\n    if n == 0:\n        raise RuntimeError('bottom')\n    return f(n - 1)\nf(5)\n",
    "def h(x):\n    assert x > 0, 'positive'\n    return x\n[h(i) for i in (3, 2, 1, 0)]\n",
]


@pytest.mark.parametrize("source", TRACEBACKS)
def test_tracebacks_are_identical(source):
    _, result, tb = same_on_both_tiers(source)
    assert result[0] == "error" and tb


def test_auto_tier_compiles_hot_code_only():
    program = monty_peg.Monty("def f(n):\n    return n * 2\nt = 0\nfor i in range(20000):\n    t += f(i)\nt\n",
                              tier="auto")
    for c in codes(program):
        c.tier = None
        c.direct = c.d0 = c.d1 = c.d2 = c.d3 = c.d4 = c.d5 = c.d6 = None
    assert program.run() == sum(i * 2 for i in range(20000))
    states = {c.name: c.tier.state if c.tier else None for c in codes(program)}
    assert states["f"] == "compiled" and states["<module>"] == "compiled"
    cold = monty_peg.Monty("x = 1\ny = x + 1\ny\n", tier="auto")
    assert cold.run() == 2
    assert all(c.tier is None for c in codes(cold))


def test_auto_tier_compiles_what_compiled_code_calls():
    # A call's steps count at its return, so a tick finds a short callee on the frame stack only by chance.
    # Here the loop's steps fall so that none ever does: compiled code compiles its callees as it calls them.
    source = ("def parse(s):\n    if not s.isdigit():\n        raise ValueError(s)\n    return int(s)\n"
              "ok = 0\nbad = 0\nfor i in range(20000):\n    try:\n"
              "        ok += parse(str(i) if i % 3 else f'x{i}')\n    except ValueError as e:\n"
              "        bad += len(e.args[0])\nbad\n")
    program = monty_peg.Monty(source, tier="auto")
    assert program.run() == sum(len(f"x{i}") for i in range(0, 20000, 3))
    states = {c.name: c.tier.state if c.tier else None for c in codes(program)}
    assert states == {"<module>": "compiled", "parse": "compiled"}


def test_tier_argument_is_checked():
    with pytest.raises(ValueError):
        monty_peg.Monty("1", tier="fast")
