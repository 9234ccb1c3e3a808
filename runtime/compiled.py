"""The compiled tier: each eligible code object gets generated Python source for one function that runs
the same semantics as the interpreter (`runtime/vm.py`) over the same frames.

How it fits the interpreter
---------------------------
* `runtime/translate.py` turns a code object's bytecode into Python source (`def R(vm, x, a0, ...)`); the
  source is audited (`runtime/audit.py`), compiled with `compile()`, and run once to define `R` in a
  namespace that holds only this module's helpers and the code object's own tables (constants, names).
  No byte of guest text is in the source: names and constants are referenced as `K3`, `N5`, ...
* The function has two ways in. *Entered* (`R(vm, frame)`): the interpreter met a tier entry (opcode 206,
  which replaces the instruction at each entry of `code.run`, the original is kept in `Tier.plain`) and
  hands over the frame it is running, whose state is in the frame; the function resumes at `frame.pc`.
  *Direct* (`R(vm, function, a0, a1, ...)`): compiled code calls a plain guest function; it pushes its own
  frame on `vm.frames` (so depth, tracebacks and limit errors see it) and pops it on return.
* Values live in Python locals while the function runs: `l<i>` the guest locals, `s<d>` the value stack
  (one variable per depth), `c<i>` the cells. The function never keeps a frame's state anywhere else, so
  whenever execution must leave it mid-way it writes that state into the frame (`spill`) exactly as the
  interpreter would have it at that point - the interpreter (or a later entry of this function) resumes it.
* Guest calls run on the host stack (Python recursion), bounded by `NATIVE_DEPTH`: deeper frames are run
  by the interpreter. Code that needs the interpreter in the middle of a compiled frame (a callee that is
  not compiled, a generator step, a class body) runs as a nested interpreter run (`drive`) that returns to
  the compiled caller.
* A host call that must pause (start() mode), or any pause in a callee, raises `Paused`: every compiled
  frame on the host stack spills its state (the on-return continuation included) and the pause reaches
  the interpreter, which returns PAUSE; from then on the interpreter (or a compiled entry it meets) runs
  those frames.
* Exceptions: the guest pc of the instruction that raised is read from the Python traceback's line number
  (each instruction's code is on its own lines), so the hot path pays nothing for it. `h_err` converts the
  exception (never handing the Python object to guest code), records the traceback entry, and either
  returns the handler to jump to, or pops the frame and raises `GuestUnwind` to the caller.
* Steps are counted on back-edges and guest calls against `vm.budget`, the same counter the interpreter
  uses; allocations against `vm.allocs`.
"""

from __future__ import annotations

import os
import sys
from bisect import bisect_right as _bisect
from typing import Optional

from . import attrs, costs, formatting, limits, ops
from .code import CLASS_BODY, COROUTINE, DIRECT_ARITIES, GENERATOR, Code
from .limits import LimitExceeded
from .ops import NATIVE, NATIVE_ITERABLE
from .values import (EXC, MISSING, NULL, UNBOUND, Builtin, BoundMethod, Cell, ExcInstance, Function, GClass,
                     Generator, Instance, Redirect, Resume, has_class_protocol, type_name)

# modes (VM.tier)
INTERP = 0  # never compiled
AUTO = 1  # code is compiled once it is hot (the interpreter's limit ticks sample the running frame)
EAGER = 2  # every eligible code object is compiled before it first runs

_MODES = {"interp": INTERP, "auto": AUTO, "compiled": EAGER, "eager": EAGER}

TIER_ENTRY = 206  # runtime-only opcode: "the compiled tier can run this frame from here"
NATIVE_DEPTH = 100  # guest frames deeper than this are run by the interpreter (bounds host recursion)
MAX_SOURCE_LINES = 8_000  # bigger generated functions are not compiled: compile() is superlinear (8 000 lines
#                            take about 0.1 s, 26 000 about 1 s, during which the limits cannot stop it)

_PAUSE = None  # vm.PAUSE, set by runtime/vm.py once both modules are loaded
Frame = None  # (runtime/vm.py's, bound by bind_vm)
GuestError = None  # (runtime/vm.py's, bound by bind_vm)
NestedError = None  # (runtime/vm.py's, bound by bind_vm)
PAUSE = None  # (runtime/vm.py's, bound by bind_vm)
_FRAME = None  # (runtime/vm.py's, bound by bind_vm)
_PLAIN_CALLS: dict = {}  # (runtime/builtins.py PLAIN_CALLS, bound by bind_vm)
_Raise = None  # (runtime/vm.py's, bound by bind_vm)
_function_str = None  # (runtime/vm.py's, bound by bind_vm)
_guest_iterable = None  # (runtime/vm.py's, bound by bind_vm)
_index_subscript = None  # (runtime/vm.py's, bound by bind_vm)
_match_pattern = None  # (runtime/vm.py's, bound by bind_vm)
_with_methods = None  # (runtime/vm.py's, bound by bind_vm)
DECLINE = object()  # enter(): not handled here, the interpreter runs the instruction itself
END = object()  # an iterator's end, in generated code


_ENV_TIER = os.environ.get("MONTY_TIER")  # read once, when monty_peg is imported (not on every run)


def mode_of(value) -> int:
    """The tier mode for `Monty(..., tier=...)`: 'interp', 'compiled' (eager) or 'auto'."""
    if value is None:
        value = _ENV_TIER or "auto"
    try:
        return _MODES[value]
    except (KeyError, TypeError):
        raise ValueError(f"tier must be 'interp', 'compiled' or 'auto', not {value!r}") from None


def default_mode() -> int:
    try:
        return mode_of(None)
    except ValueError:
        return AUTO


class Paused(Exception):
    """A host call (or a name lookup) paused while compiled frames were on the host stack. `rerun`: the
    pause came while an operand was being turned into a list, after which the instruction runs again."""

    rerun = False


class GuestUnwind(Exception):
    """A guest exception leaving a compiled frame (or a nested interpreter run) for its caller."""

    def __init__(self, exc):  # (BaseException.__new__ has stored the args)
        self.exc = exc


class Tier:
    """A code object's compiled-tier state (`Code.tier`)."""

    __slots__ = ("plain", "native", "entries", "lines", "spill", "state", "source", "reason", "structured",
                 "starts", "pcs")

    def __init__(self):
        self.plain = None  # code.run without tier entries
        self.native = None  # the generated function
        self.entries = ()  # pcs where the function can be entered
        self.lines = ()  # generated line number -> guest pc
        self.starts = [0]  # the generated function's bytecode offsets where a line starts (sorted)...
        self.pcs = [-1]  # ...and the guest pc of that line (a traceback's tb_lineno costs O(function size))
        self.spill = {}  # pc -> (resume pc, stack items kept, on_return) when a pause leaves there
        self.state = "new"  # 'new' | 'compiled' | 'failed' | 'ineligible'
        self.source = None
        self.reason = None
        self.structured = False


# ---------------------------------------------------------------- compiling code objects


STATS = {"compiled": 0, "structured": 0, "failed": 0, "compile_seconds": 0.0}


def eligible(code: Code) -> bool:
    return not code.flags & (GENERATOR | COROUTINE | CLASS_BODY)


def ensure(code: Code) -> bool:
    """Compile `code` if it can be (once); True when it has a native function."""
    t = code.tier
    if t is not None:
        return t.native is not None
    if not HELPERS:
        _init()
    t = code.tier = Tier()
    if not eligible(code):
        t.state = "ineligible"
        return False
    import time

    from . import audit, translate

    started = time.perf_counter()
    try:
        result = translate.translate(code)
        if len(result.source_lines) > MAX_SOURCE_LINES:
            raise translate.Unsupported("generated function too big")
        source = "\n".join(result.source_lines) + "\n"
        compiled = audit.audit(source, result)  # (compiles it: the audit checks the code objects)
        namespace = dict(HELPERS)
        namespace.update(result.tables)
        namespace["CODE"] = code
        namespace["__builtins__"] = {}
        exec(compiled, namespace)  # defines R only (audited): no guest code runs here
        native = namespace["R"]
    except Exception as e:  # noqa: BLE001 - any failure leaves the code to the interpreter (and is counted)
        t.state = "failed"
        t.reason = f"{type(e).__name__}: {e}"
        STATS["failed"] += 1
        return False
    finally:
        STATS["compile_seconds"] += time.perf_counter() - started
    t.lines = result.lines
    t.starts, t.pcs = _offset_table(native.__code__, result.lines)
    t.spill = result.spill
    t.entries = frozenset(result.entries)
    t.source = source
    t.structured = result.structured
    t.plain = list(code.run)
    t.native = native
    t.state = "compiled"
    STATS["compiled"] += 1
    if result.structured:
        STATS["structured"] += 1
    run = code.run
    for pc in result.entries:
        run[pc] = (TIER_ENTRY, native)
    if code.plain_args:  # (its cells, if any, are made by the generated function on a direct call)
        code.direct = native
        if code.argcount < DIRECT_ARITIES:
            setattr(code, f"d{code.argcount}", native)
    return True


def _offset_table(co, lines) -> tuple:
    starts = []
    pcs = []
    n = len(lines)
    for start, _end, line in co.co_lines():
        starts.append(start)
        pcs.append(lines[line] if line is not None and 0 <= line < n else -1)
    return starts or [0], pcs or [-1]


def compile_tree(code: Code):
    """Compile a code object and every code object nested in it (eager mode)."""
    todo = [code]
    seen = set()
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        ensure(c)
        todo.extend(k for k in c.consts if type(k) is Code)


def compiled_share(program) -> tuple:
    """(compiled, total): how many of the code objects of `program` (a `Monty` or a `Code`, nested code
    objects included) have a native function from this tier. Read-only: compiles nothing. In auto mode a
    code object is compiled once it gets hot, so its first stretch may have run in the interpreter."""
    todo = [getattr(program, "code", program)]
    seen = set()
    compiled = 0
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        t = c.tier
        if t is not None and t.native is not None:
            compiled += 1
        todo.extend(k for k in c.consts if type(k) is Code)
    return compiled, len(seen)


def on_tick(vm):
    """The interpreter checked the limits: compile the code it was running if that code is hot enough to
    have reached a tick, and the code of its caller."""
    frames = vm.frames
    for f in frames[-2:]:
        if f.code.tier is None:
            ensure(f.code)


_prelude_compiled = [False]


def prepare(vm):
    """Before a run in eager mode: the prelude's functions too."""
    if not _prelude_compiled[0]:
        _prelude_compiled[0] = True
        attrs.PRELUDE.ensure()
        for fn in list(attrs.PRELUDE.values()):
            if type(fn) is Function:
                compile_tree(fn.code)


# ---------------------------------------------------------------- entering from the interpreter


def enter(vm, f):
    """The interpreter met a tier entry at `f.pc` (and did not decline it: see the TIER_ENTRY case in
    `VM._loop`). Returns the frame's return value (the interpreter finishes the frame) or PAUSE."""

    try:
        return f.code.tier.native(vm, None, f=f)
    except Paused:
        return PAUSE
    except GuestUnwind as u:  # f stays on the frame stack: the interpreter unwinds it (it has no handler)
        raise _Raise(u.exc, False) from None


# ---------------------------------------------------------------- running other frames from compiled code


def drive(vm, stop: int):
    """Run the interpreter until the frame stack is back to `stop` frames: the value the frame above
    returned (or yielded: vm.yielded). A pause raises Paused; a guest exception leaving raises GuestUnwind."""

    saved = vm.stop_depth
    vm.stop_depth = stop
    vm.yielded = False
    try:
        r = vm._drive()
    except NestedError as e:
        raise GuestUnwind(e.exc) from None
    finally:
        vm.stop_depth = saved
    if r is PAUSE:
        raise Paused()
    return r


def run_top(vm, n):
    """Run the frames a call just pushed above the first `n` to the end of the first of them (or its
    generator's next yield)."""
    frames = vm.frames
    top = frames[n]
    gen = top.gen
    if gen is None:
        t = top.code.tier
        if t is None:  # called from compiled code, so hot (and no tick finds a callee: calls count at return)
            ensure(top.code)
            t = top.code.tier
        if t.native is not None and top.ns is None and top.pc == 0 and len(frames) == n + 1 \
                and n < vm.ncap:
            try:
                v = t.native(vm, None, f=top)
            except GuestUnwind:
                frames.pop()
                raise
            frames.pop()
            return v
        return drive(vm, n)
    v = drive(vm, n)
    if vm.yielded:  # (consumed here: a nested run that ended at a yield must not speak for a later one)
        vm.yielded = False
        return v
    if type(gen) is Generator and gen.next_default is not MISSING:
        return gen.next_default
    raise StopIteration(v) if v is not None else StopIteration()


def _after_call(vm, n, r):
    """What a call returned: its value, or it pushed frames above the first `n` (run them)."""

    if r is _FRAME:
        return run_top(vm, n)
    if r is PAUSE:
        raise Paused()
    return r


def _step(vm, weight):
    b = vm.budget - weight
    vm.budget = b
    if b < 0:
        vm._tick()


def h_call(vm, fn, args):
    """CALL of anything that is not a compiled plain function."""
    if type(fn) is Builtin:
        r = fn.fn(*args) if fn.self is NULL else fn.fn(fn.self, *args)
        t = type(r)
        if t is Redirect or t is Resume or t is _RunClassBody:
            return _finish(vm, r)
        if r is _PAUSE:  # (a helper that pauses the program itself, e.g. asyncio's wait for host results)
            raise Paused()
        return r
    if type(fn) is GClass and (fn.exception or not args) and _made_plainly(fn):
        return ExcInstance(fn, tuple(args)) if fn.exception else Instance(fn)
    n = len(vm.frames)
    r = vm.call(fn, args, None)
    if type(fn) is Function:
        _step(vm, fn.code.weight)
    return _after_call(vm, n, r)


def h_call1(vm, fn, a):
    """CALL of one argument of anything that is not a compiled plain function: a builtin on a plain value
    runs its native directly (builtins.PLAIN_CALLS)."""
    t = type(fn)
    if t is Builtin or t is type:
        f = _PLAIN_CALLS.get((fn, type(a)))
        if f is not None:
            return f(a)
    elif t is GClass and fn.exception and _made_plainly(fn):  # (`raise MyError(text)`, without the list)
        return ExcInstance(fn, (a,))
    return h_call(vm, fn, [a])


def _made_plainly(cls) -> bool:
    """No `__new__` or `__init__` anywhere in the class's MRO: an instance is what vm.call would make,
    without its checks."""
    for k in cls.mro:
        d = k.dict
        if "__new__" in d or "__init__" in d:
            return False
    return True


def h_call_kw(vm, fn, args, kwnames):
    n = len(kwnames)
    kwargs = dict(zip(kwnames, args[len(args) - n:]))
    del args[len(args) - n:]
    n = len(vm.frames)
    r = vm.call(fn, args, kwargs)
    if type(fn) is Function:
        _step(vm, fn.code.weight)
    return _after_call(vm, n, r)


def h_call_ex(vm, fn, args, kwargs):
    return _after_call(vm, len(vm.frames), vm.call(fn, list(args), kwargs or None))


def _resume(vm, r):
    """A generator step a builtin asked for (next, send, throw, close): its value."""

    n = len(vm.frames)
    try:
        res = vm._resume_for_call(r)
    except _Raise as e:
        if len(vm.frames) == n:  # raised before the generator ran: at the call
            raise
        # thrown into the generator frame it pushed: unwind there, as the interpreter's loop does
        exc = e.exc
        saved = vm.stop_depth
        vm.stop_depth = n
        try:
            if e.fresh:
                vm._add_context(exc)
                vm._add_tb(exc, vm.frames[-1])
            vm._unwind(exc)
        except NestedError as ne:
            raise GuestUnwind(ne.exc) from None
        finally:
            vm.stop_depth = saved
        res = _FRAME
    return _after_call(vm, n, res)


def _finish(vm, r):
    """A builtin answered with a Redirect (guest code to run), a Resume (a generator step) or a class body."""

    t = type(r)
    if t is Redirect:
        return _after_call(vm, len(vm.frames), vm.call(r.func, r.args, r.kwargs))
    if t is Resume:
        return _resume(vm, r)
    frame = vm.new_frame(r.body, (), None)  # RunClassBody
    frame.ns = r.namespace
    n = len(vm.frames)
    vm._push(frame)
    return _after_call(vm, n, _FRAME)


def _method_weight(fn) -> int:
    """The steps CALL_METHOD counts for calling `fn`: a guest function's (or a bound guest method's)
    weight, else none (native methods count their work themselves)."""
    t = type(fn)
    if t is Function:
        return fn.code.weight
    if t is BoundMethod and type(fn.func) is Function:
        return fn.func.code.weight
    return 0


def h_callm(vm, fn, self_, args):
    """CALL_METHOD: [callable self_or_NULL args...]."""
    if self_ is NULL:
        w = _method_weight(fn)
        if w:  # (counts the callee's steps, as the interpreter's CALL_METHOD does)
            n = len(vm.frames)
            r = vm.call(fn, args, None)
            _step(vm, w)
            return _after_call(vm, n, r)
        return h_call(vm, fn, args)
    t = type(fn)
    if t is Function or t is Builtin:
        n = len(vm.frames)
        r = vm.call(fn, [self_, *args], None)
        if t is Function:
            _step(vm, fn.code.weight)
        return _after_call(vm, n, r)
    r = fn(self_, *args)  # a native method from the tables
    t = type(r)
    if t is Redirect:
        return _after_call(vm, len(vm.frames), vm.call(r.func, r.args, r.kwargs))
    if t is Resume:
        return _resume(vm, r)
    return r


def h_callm_kw(vm, fn, self_, args, kwnames):
    n = len(kwnames)
    kwargs = dict(zip(kwnames, args[len(args) - n:]))
    del args[len(args) - n:]
    n = len(vm.frames)
    if self_ is NULL:
        r = vm.call(fn, args, kwargs)
    elif type(fn) is Function or type(fn) is Builtin:
        r = vm.call(fn, [self_, *args], kwargs)
    else:
        r = fn(self_, *args, **kwargs)
        if type(r) is Redirect:
            r = vm.call(r.func, r.args, r.kwargs)
        elif type(r) is Resume:
            return _resume(vm, r)
    w = _method_weight(fn)
    if w:
        _step(vm, w)
    return _after_call(vm, n, r)


def h_deep(vm, fn, args):
    """A direct call found the frame stack at the compiled tier's depth: the interpreter runs the callee
    (it counts the step and the depth as its CALL would)."""
    if vm.max_depth is not None and len(vm.frames) >= vm.max_depth:
        raise RecursionError("maximum recursion depth exceeded")
    n = len(vm.frames)
    r = vm.call(fn, list(args), None)
    _step(vm, fn.code.weight)
    return _after_call(vm, n, r)


def h_ctrl(vm, r):
    """A native method answered with a Redirect or a Resume (guest code to run)."""
    return _finish(vm, r)


def h_redirect(vm, r):
    """Run guest code an operation redirected to (a dunder method, a prelude function); its value."""
    return _after_call(vm, len(vm.frames), vm.call(r.func, r.args, r.kwargs))


def h_tick(vm):
    vm._tick()


def h_spend(vm, a):
    """A function counting its allocations in a local (translate.py) has spent vm.budget: hand them over and
    check the limits; 0, its count from then on."""
    vm.allocs += a
    vm._tick()
    return 0


# ---------------------------------------------------------------- instruction helpers (the slow paths)


def h_load_builtin(vm, name, callee):

    v = vm._load_builtin(name, callee)
    if v is PAUSE:
        raise Paused()
    return v


def h_del_global(glb, name):
    if name not in glb:
        raise NameError(f"name '{name}' is not defined")
    del glb[name]


def h_unbound_local(code, slot):
    name = code.varnames[slot]
    raise UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")


def h_unbound_deref(vm, code, index):
    vm._unbound_deref(code, index)


def h_binary(vm, a, b, opi):
    """BINARY_OP, as the interpreter does it when its inline fast path does not apply."""
    ta = type(a)
    if ta is type(b) and (ta is int or ta is float):
        if opi == 0:
            return a + b
        if opi == 1:
            return a - b
        if opi < 6 and (opi != 2 or ta is float or a.bit_length() + b.bit_length() < 8192):
            return ops.NUMERIC_BINARY[opi](a, b)
        r = ops.binary(a, b, opi)
    elif ta in NATIVE and type(b) in NATIVE:
        if opi in ops._CHECKED:
            ops._size_check(opi, a, b)
        return ops.BINARY[opi](a, b)
    else:
        r = ops.binary(a, b, opi)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_binary_t(vm, e, a, b, opi):
    """The native operation raised TypeError `e`: re-raise it where the interpreter would have run the
    operation natively too, else take the interpreter's path (guest dunders, CPython's message)."""
    if type(a) in NATIVE and type(b) in NATIVE:
        raise e
    r = ops.binary(a, b, opi)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_inplace(vm, a, b, opi):
    ta = type(a)
    if ta is type(b) and (ta is int or ta is float) and opi < 2:
        return a + b if opi == 0 else a - b
    if type(b) is Generator and (ta is list and opi == 0 or ta is dict and opi == 10):
        b = _listify(vm, b)
    r = ops.inplace(a, b, opi)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def _listify(vm, lazy):
    """A lazy iterable (generator, guest iterable) as a list, by the prelude's `_listify`."""

    if type(lazy) is not Generator and not _guest_iterable(lazy):
        raise TypeError(f"cannot unpack non-iterable {type_name(lazy)} object")
    try:
        return _after_call(vm, len(vm.frames), vm.call(attrs.PRELUDE["_listify"], [lazy], None))
    except Paused as e:
        e.rerun = True  # the interpreter pushes the list and runs the instruction again
        raise


def h_compare(vm, a, b, cmp):
    """COMPARE_OP when operands are not the same native type."""
    if (cmp == 6 or cmp == 7) and type(b) is Generator:
        return _after_call(vm, len(vm.frames), vm.call(attrs.PRELUDE["_contains" if cmp == 6 else "_not_contains"], [b, a], None))
    if cmp < 6 and type(a) is type(b) and type(a) in NATIVE:
        return ops.COMPARE[cmp](a, b)
    r = ops.compare(a, b, cmp)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_compare_jump(vm, a, b, cmp):
    """COMPARE_JUMP_IF_FALSE's comparison when not both the same native type: its truth decides."""
    if type(a) is type(b) and type(a) in NATIVE and cmp < 6:
        return ops.COMPARE[cmp](a, b)
    r = ops.compare(a, b, cmp)
    if type(r) is Redirect:
        return h_redirect(vm, Redirect(attrs.PRELUDE["_compare_bool"], r.args))
    return r


h_cmp = None  # (set below: h_compare)
h_cj = None  # (h_compare_jump)


def h_truth(vm, v):
    """The truth of a guest instance (its __bool__ / __len__), by the prelude."""
    return _after_call(vm, len(vm.frames), vm.call(attrs.PRELUDE["_truth"], [v], None))


def h_not(vm, v):
    return h_unary(vm, v, 3)


def h_unary(vm, v, opi):
    r = ops.unary(v, opi)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_unary_t(vm, e, v, opi):
    if type(v) in NATIVE:
        raise e
    return h_unary(vm, v, opi)


def h_subscr(vm, e, obj, key):
    """BINARY_SUBSCR when the native subscript raised TypeError `e` (as the interpreter does it)."""

    if type(obj) in NATIVE:
        if type(key) is not Instance:
            raise e
        r = _index_subscript(obj, key, e)
    else:
        r = vm._subscript(obj, key)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_store_subscr(vm, e, obj, key, value):
    if type(obj) in NATIVE:
        if type(value) is Generator and type(key) is slice:
            _after_call(vm, len(vm.frames), vm.call(attrs.PRELUDE["_setitem_listed"], [obj, key, value], None))
            return
        raise e
    if type(obj) is Instance:
        h_redirect(vm, Redirect(attrs.PRELUDE["_setitem"], (obj, key, value)))
        return
    raise TypeError(f"'{type_name(obj)}' object does not support item assignment")


def h_del_subscr(vm, obj, key):
    if type(obj) in NATIVE:
        del obj[key]
    elif type(obj) is Instance:
        h_redirect(vm, Redirect(attrs.PRELUDE["_delitem"], (obj, key)))
    else:
        raise TypeError(f"'{type_name(obj)}' object does not support item deletion")


def h_load_attr(vm, obj, name):
    r = attrs.load_attr(obj, name)
    if type(r) is Redirect:
        return h_redirect(vm, r)
    return r


def h_store_attr(vm, obj, name, value):
    r = attrs.store_attr(obj, name, value)
    if r is not None:
        h_redirect(vm, r)


def h_delete_attr(vm, obj, name):
    r = attrs.delete_attr(obj, name)
    if r is not None:
        h_redirect(vm, r)


def h_load_method(vm, obj, name):
    """LOAD_METHOD's slow path: (callable, self or NULL)."""
    table = attrs.METHODS.get(type(obj))
    fn = table.get(name) if table is not None else None
    if fn is not None:
        return fn, obj
    r, self_ = attrs.load_method(obj, name)
    if type(r) is Redirect:
        return h_redirect(vm, r), NULL
    return r, self_


def h_get_iter(vm, v):
    t = type(v)
    if t is Generator:
        return v
    if t in NATIVE_ITERABLE:
        return iter(v)
    if t is Instance or t is GClass and has_class_protocol(v, "__iter__"):
        return h_redirect(vm, Redirect(attrs.PRELUDE["_iter_for_loop"], (v,)))
    raise TypeError(f"'{type_name(v)}' object is not iterable")


class _GenIter:
    """A guest generator as a Python iterator, for a compiled `for` loop: each step runs the generator
    (as the interpreter's FOR_ITER does) until it yields or ends."""

    __slots__ = ("vm", "gen")

    def __init__(self, vm, gen):
        self.vm = vm
        self.gen = gen

    def __iter__(self):
        return self

    def __next__(self):
        v = h_gen_next(self.vm, self.gen)
        if v is END:
            raise StopIteration
        return v


class _NextIter:
    """FOR_ITER on something that is not an iterator (only forged bytecode): next() raises its TypeError."""

    __slots__ = ("it",)

    def __init__(self, it):
        self.it = it

    def __iter__(self):
        return self

    def __next__(self):
        v = next(self.it, END)
        if v is END:
            raise StopIteration
        return v


_FASTIN = frozenset({dict, set, frozenset, list, tuple, str, bytes, type({}.keys()), type({}.items())})
_ITERATOR_TYPES = frozenset(t for t in NATIVE_ITERABLE if hasattr(t, "__next__"))


def h_iter(vm, it):
    """What a compiled `for` iterates for the iterator on the guest stack."""
    t = type(it)
    if t in _ITERATOR_TYPES:
        return it
    if t is Generator:
        return _GenIter(vm, it)
    return _NextIter(it)


def h_gen_next(vm, gen):
    """FOR_ITER on a generator: its next value, or END."""
    if gen.finished:
        return END
    n = len(vm.frames)
    vm._resume_generator(gen, None)
    v = drive(vm, n)
    if vm.yielded:
        vm.yielded = False
        return v
    return END


def h_next(vm, it):
    """FOR_ITER in flat code: next value or END."""
    if type(it) is Generator:
        return h_gen_next(vm, it)
    return next(it, END)


def h_unpack(vm, e, seq, n):
    """UNPACK_SEQUENCE when Python's own unpacking raised TypeError: the items, in order."""
    if type(seq) in NATIVE_ITERABLE:
        raise e
    items = _listify(vm, seq)
    return vm._unpack(items, n)


def h_unpack_ex(vm, seq, before, after):
    if type(seq) not in NATIVE_ITERABLE:
        seq = _listify(vm, seq)
    return vm._unpack_ex(seq, before, after)


def h_list_extend(vm, target, v, arg, is_list, fn):
    depth = arg & 0xFF
    if type(v) in NATIVE_ITERABLE:
        if type(v) is tuple and len(v) <= 4096:
            target.extend(v) if is_list else target.update(v)
        elif is_list:
            target.extend(costs.consumable(v, 8, 8 * len(target)))
        elif costs.needs_chunks(v):
            costs.update_set(target, costs.consumable(v, 64))
        else:
            target.update(v)
        return

    if type(v) is Generator or _guest_iterable(v):
        v = _listify(vm, v)
        if is_list:
            target.extend(costs.consumable(v, 8, 8 * len(target)))
        else:
            target.update(v)
        return
    if arg & 0x100:

        raise TypeError(f"{_function_str(fn)} argument after * must be an iterable, not {type_name(v)}")
    raise TypeError(f"Value after * must be an iterable, not {type_name(v)}")


def h_dict_update(vm, target, v):
    if type(v) is dict or isinstance(v, dict):  # (Counter, OrderedDict...)
        target.update(v)
    else:
        _merge_mapping(vm, target, v, None)


def h_dict_merge(vm, target, fn, mapping):
    if type(mapping) is dict or isinstance(mapping, dict):
        vm._dict_merge([fn, None, target], 1, mapping)
    else:
        _merge_mapping(vm, target, mapping, _function_str(fn))


def _merge_mapping(vm, target, mapping, fname):
    """Anything but a dict after `**`: merged into `target` by the prelude (its keys() and [key]), as the
    interpreter does; a pause inside reruns the instruction with the {} the prelude gives back."""
    try:
        _after_call(vm, len(vm.frames), vm.call(attrs.PRELUDE["_merge_mapping"], [target, mapping, fname], None))
    except Paused as e:
        e.rerun = True
        raise


def h_format(vm, v, conv, spec):
    """FORMAT_VALUE, but for a str without conversion or spec."""
    if not conv and (v.__class__ is int or v.__class__ is float):  # (the common case: a number, a spec)
        formatting.check_spec(spec)
        return format(v, spec)
    if type(v) is Instance or type(v) is ExcInstance and v.cls.user:
        return h_redirect(vm, Redirect(attrs.PRELUDE["_format_value"], (v, conv, spec)))
    if type(v) in costs.REPR_CHECKED and (conv > 1 or type(v) is not str):
        costs.check_repr(v, conv == 3)
    if conv and type(v) is not str:
        v = formatting.shown(str(v) if conv == 1 else repr(v) if conv == 2 else ascii(v), v)
    elif conv > 1:
        v = repr(v) if conv == 2 else ascii(v)
    if spec:
        return formatting.format_value(v, spec)
    if type(v) is str:
        return v
    return formatting.shown(format(v, ""), v)


def h_make_function(code, glb, flags, defaults, kwdefaults, closure):
    return Function(code, glb, defaults if flags & 1 else (), kwdefaults if flags & 2 else None,
                    closure if flags & 8 else ())


def h_raise(vm, n, exc, cause):
    if n == 1 and type(exc) is ExcInstance:
        raise _Raise(exc)
    if n == 0:
        vm._raise(0, None)
    vm._raise(n, [exc, cause] if n == 2 else [exc])


def h_reraise(exc):

    raise _Raise(exc, False)


def h_exc_match(exc, spec):
    return ops.exception_matches(exc, spec)


def h_with_methods(mgr):

    return _with_methods(mgr)


def h_with_except(exc):
    return exc.cls if type(exc) is ExcInstance else None


def h_match(vm, pattern, subject, values):

    return _match_pattern(vm, pattern, subject, values)


def h_import(vm, name):
    return vm._import(name)


def h_import_from(vm, module, name):
    return vm._import_from(module, name)


def h_build_map(items):
    d = {}
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]
    return d


def h_badpc(pc):
    raise SystemError(f"compiled code entered at instruction {pc}, which is not an entry")


# ---------------------------------------------------------------- exceptions and pauses in compiled frames


def h_err(vm, f, e, code):
    """The except clause of every generated function (`code` is its code object): (handler pc, exception
    value) when this frame handles `e`; otherwise it spills (a pause) or leaves (an uncaught exception) by
    raising. `f` is the frame when the interpreter handed it over, None for a direct call (its place on the
    frame stack holds the function until a frame is needed)."""

    t = code.tier
    tb = e.__traceback__
    p = t.pcs[_bisect(t.starts, tb.tb_lasti) - 1] if tb is not None else -1
    et = type(e)  # (the usual kinds first: a guest raise, a guest exception from a callee, a native error)
    if et is _Raise:
        exc = e.exc
        if type(exc) is not ExcInstance:  # only forged bytecode can raise a non-exception
            exc = ExcInstance(EXC.SystemError, ("bad bytecode: raised a non-exception",))
            vm._add_context(exc)
            exc.tb.append((code, p))
        elif e.fresh:
            vm._add_context(exc)
            exc.tb.append((code, p))
    elif et is GuestUnwind:
        exc = e.exc
        exc.tb.append((code, p))
    elif et is Paused:
        caller = sys._getframe(1)
        if f is None:
            f = _frame_for(vm, caller.f_locals, code)
        _spill(f, p, t, caller.f_locals, e.rerun)
        raise e
    elif et is LimitExceeded or et is GuestError or et is MemoryError or not isinstance(e, Exception):
        if f is None:
            f = _frame_for(vm, sys._getframe(1).f_locals, code)
        f.pc = p + 1
        raise e
    else:
        exc = vm.from_native(e)
        vm._add_context(exc)
        exc.tb.append((code, p))
    entry = code.find_handler(p)
    if entry is not None:
        return entry[2], exc
    if f is None:  # (a direct call: its place on the frame stack is left)
        vm.frames.pop()
    else:
        f.pc = p + 1
    raise GuestUnwind(exc) from None


def _frame_for(vm, fl, code):
    """The frame of a directly called compiled function, made now (its place holds the function)."""

    i = fl["_i"]
    frames = vm.frames
    f = frames[i]
    if type(f) is not Frame:
        fn = fl["x"]
        cells = [fl["c%d" % j] for j in range(code.ncells)] if code.ncells else None
        f = frames[i] = Frame(code, [fl["l%d" % j] for j in range(code.nlocals)], fn.globals, cells)
    return f


def sync_frames(vm):
    """Before something reads every frame's position (a limit error's traceback): give the compiled
    functions still running on the host stack their current instruction, and a real frame."""

    fr = sys._getframe(1)
    while fr is not None:
        if fr.f_code.co_filename == "<monty-compiled>":
            fl = fr.f_locals
            if fl.get("vm") is vm and "_i" in fl and fl["_i"] < len(vm.frames):
                code = fr.f_globals["CODE"]
                lines = code.tier.lines
                p = lines[fr.f_lineno] if fr.f_lineno < len(lines) else -1
                f = fl.get("f") or _frame_for(vm, fl, code)
                f.pc = p + 1
        fr = fr.f_back
    frames = vm.frames
    for i, f in enumerate(frames):  # callees pushed but not started (a limit hit on their first step)
        if type(f) is not Frame:
            frames[i] = Frame(f.code, [], f.globals)


def _spill(f, p, t, fl, rerun):
    """Write the frame's state at a pause inside instruction `p` as the interpreter would have it."""
    resume, keep, on_return, rerun_keep = t.spill[p]
    if rerun and rerun_keep is not None:
        resume, keep, on_return = p, rerun_keep, None
    f.pc = resume
    f.stack = [fl["s%d" % i] for i in range(keep)]
    f.locals = [fl["l%d" % i] for i in range(f.code.nlocals)]
    f.on_return = on_return


# ---------------------------------------------------------------- memory: values only compiled frames hold


def python_roots(vm):
    """The values held in the Python locals of this VM's compiled functions that are running (their
    guest locals and value stacks live there, not in their frames), for the memory measurement."""
    out = []
    fr = sys._getframe(1)
    while fr is not None:
        if fr.f_code.co_filename == "<monty-compiled>":
            loc = fr.f_locals
            if loc.get("vm") is vm:
                out.extend(v for k, v in loc.items() if k != "vm")
        fr = fr.f_back
    return out


# ---------------------------------------------------------------- the generated code's namespace


def _helpers():
    from . import vm as V
    from .classes import RunClassBody

    global _RunClassBody
    _RunClassBody = RunClassBody
    h = {name: value for name, value in globals().items() if name.startswith("h_")}
    h["h_cmp"] = h_compare
    h["h_cj"] = h_compare_jump
    h.update({
        "Frame": V.Frame, "Function": Function, "Cell": Cell, "Builtin": Builtin, "Instance": Instance,
        "Generator": Generator, "BoundMethod": BoundMethod, "GClass": GClass,
        "U": UNBOUND, "NULL": NULL, "END": END, "MISS": MISSING, "NOL": (),
        "EXCA": EXC.AssertionError, "BUILD_CLASS": V.BUILD_CLASS,
        "METHODS": attrs.METHODS, "NATIVE": NATIVE, "NATIVE_ITERABLE": NATIVE_ITERABLE,
        "_type": type, "_len": len, "_iter": iter, "_next": next, "_slice": slice, "_tuple": tuple,
        "_list": list, "_set": set, "_dict": dict, "_zip": zip, "_int": int, "_float": float, "_str": str,
        "_bool": bool, "_format": format, "_join": "".join, "_TypeError": TypeError, "_KeyError": KeyError,
        "GUESTCALL": frozenset({Function, Builtin}), "CTRL": frozenset({Redirect, Resume, RunClassBody}),
        "FASTIN": _FASTIN, "NOSPEC": "", "BaseException": BaseException, "PLAINC": frozenset({Builtin, type}),
        "P1": _PLAIN_CALLS,
        "PENDING": limits.PENDING,
        "SREPLACE": str.replace, "STR_REPLACE": attrs.METHODS[str]["replace"],
    })
    h.update({helper: fn for helper, _, fn in attrs.FAST_METHODS.values()})
    h.update({helper: fn for helper, fn, _ in attrs.SIZED_STR_METHODS.values()})
    return h


_RunClassBody = None
HELPERS: dict = {}


def _init():
    HELPERS.update(_helpers())


def tier_of(code: Code) -> Optional[Tier]:
    return code.tier


def bind_vm(vm_module):
    """runtime/vm.py, once loaded, gives this module the names it uses (the two modules import each other;
    binding them once keeps imports out of the hot helpers)."""
    g = globals()
    for name in _VM_NAMES:
        g[name] = getattr(vm_module, name)
    g["_PAUSE"] = vm_module.PAUSE
    from .builtins import PLAIN_CALLS

    g["_PLAIN_CALLS"] = PLAIN_CALLS


_VM_NAMES = ('Frame', 'GuestError', 'NestedError', 'PAUSE', '_FRAME', '_Raise', '_function_str', '_guest_iterable', '_index_subscript', '_match_pattern', '_with_methods')
