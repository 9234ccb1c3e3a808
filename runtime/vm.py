"""The stack machine: the reference semantics of monty_peg.

Guest calls push `Frame`s onto `VM.frames`; the loop never recurses on the host stack for a guest call,
so any execution can stop between two instructions — at a host call, a limit, or an uncaught exception —
with all of its state in plain objects (frames, their value stacks and locals, the heap they reach).

Dispatch is one `if` chain ordered by how often each instruction runs in agent code. An exception in an
instruction (a native error, or a guest `raise`) leaves the loop, is turned into a guest exception value,
and `_unwind` finds the handler in the frame's exception table or pops the frame and tries its caller.
"""

from __future__ import annotations

import weakref
from itertools import islice
from typing import Callable, List, Optional

from . import attrs, costs, formatting, limits, memory, ops
from . import opcodes as O
from . import stdlib
from .stdlib import helpers as stdlib_helpers
from .stdlib.objects import NativeObject
from .builtins import CONSTRUCTORS, MODULE_FACTORIES, REFUSED_NAMES, refusal_message
from .calls import bind_arguments
from .code import COROUTINE, GENERATOR, HIDDEN, STEP_INSTRUCTIONS, VARARGS, VARKEYWORDS, Code
from .limits import GROWING_METHODS, LimitExceeded, Tracker
from .ops import NATIVE, NATIVE_ITERABLE
from .state import set_vm
from .traceback import TB_KEEP  # (a limit error's traceback keeps the outermost and innermost TB_KEEP frames)
from .classes import RunClassBody, build_class
from .classes import class_special as _class_special
from .values import (EXC, MISSING, NULL, UNBOUND, Builtin, BoundMethod, Cell, ClassMethod, ExcInstance,
                     Coroutine, ExternalFunction, Function, GClass, Generator, HostFuture, Instance, Module,
                     Redirect, Resume, StaticMethod,
                     exception_str, has_class_protocol, hide_addresses, type_name)

PAUSE = object()  # returned by run() when a host call needs an answer
assert STEP_INSTRUCTIONS == 32  # JUMP_BACKWARD's weight in _loop spells it as a literal (a global costs more)
_FRAME = object()  # returned by call() when it pushed a guest frame
_END = object()
DISCARD = object()  # marks a frame whose return value is dropped
BUILD_CLASS = Builtin("__build_class__", build_class)

_BINARY = ops.BINARY
_NUMERIC = ops.NUMERIC_BINARY  # two ints or two floats
_INPLACE = ops.INPLACE
_COMPARE = ops.COMPARE
_CHECKED = ops._CHECKED
_int, _float, _str, _list, _tuple, _dict = int, float, str, list, tuple, dict
_REPR_CHECKED = costs.REPR_CHECKED
_SLICED = costs.SLICED


class Frame:
    """A guest call in progress. `ns` is a class body's namespace; `on_return` says what to do with the
    value a callee returns when it is not simply pushed (see `VM._guest_call`)."""

    __slots__ = ("code", "pc", "locals", "stack", "cells", "globals", "gen", "exc_saved", "ns", "on_return")

    def __init__(self, code: Code, locals_: list, globals_: dict, cells=None):
        self.code = code
        self.pc = 0
        self.locals = locals_
        self.stack = []
        self.cells = cells
        self.globals = globals_
        self.gen = None
        self.exc_saved = None
        self.ns = None
        self.on_return = None


class NestedError(Exception):
    """A guest exception leaving a nested call: it travels through the native operation that made the
    call as a host exception, and becomes the same guest exception again outside it."""

    def __init__(self, exc: "ExcInstance"):
        super().__init__(exc)
        self.exc = exc


class GuestError(Exception):
    """A guest exception no guest handler caught."""

    def __init__(self, exc: ExcInstance, limit: Optional[str] = None):
        super().__init__(exc.cls.name)  # not repr(exc): its arguments may be too deep or big to render
        self.exc = exc
        self.limit = limit


class _GuestCall(Exception):
    """Raised by an instruction whose operands are guest instances: their dunder method (or the prelude
    function that dispatches it) must run as a guest call. `pop` operands leave the stack first;
    `on_return` is the continuation for the call's result (None: push it)."""

    __slots__ = ("redirect", "pop", "on_return")

    def __init__(self, redirect, pop=0, on_return=None):
        self.redirect = redirect
        self.pop = pop
        self.on_return = on_return


def _plain_natives() -> dict:
    """native exception type -> guest class, for the types whose str() is BaseException's (or KeyError's)
    over their args, so a guest exception made from the same args reads the same."""
    out = {}
    for native, cls in EXC.by_native.items():
        if (native.__str__ is BaseException.__str__ or native is KeyError) and native is not RecursionError \
                and not issubclass(native, OSError):
            out[native] = cls
    return out


_PLAIN_NATIVE = _plain_natives()


class _Raise(Exception):
    __slots__ = ("exc", "fresh")

    def __init__(self, exc, fresh=True):
        self.exc = exc
        self.fresh = fresh


def _weak_measurer(vm):
    ref = weakref.ref(vm)

    def measure():
        v = ref()
        return v._measure_memory() if v is not None else (0, 0)
    return measure


class VM:
    def __init__(self, globals_: dict, builtins: dict, tracker: Tracker,
                 output: Callable[[str, str], None], external: Optional[Callable] = None):
        self.frames: List[Frame] = []
        self.exc_info = None
        self.globals = globals_
        self.builtins = builtins
        self.modules: dict = {}
        self.tracker = tracker
        self.output = output
        self.external = external  # (vm, name, args, kwargs) -> value or PAUSE
        self.max_depth = tracker.limits.max_recursion_depth
        self.budget = self.granted = limits.FIRST_TICK  # steps until the next _tick (of `granted`)
        self.pending = None  # (name, args, kwargs) of the host call we paused at
        self.pool: List[Frame] = []  # returned frames, reused by calls
        self.allocs = 0  # allocations since the last tick
        tracker.measurer = _weak_measurer(self)  # (no VM <-> tracker cycle: a dropped VM is freed at once)
        self.lookup_names = False  # start() mode: an unknown global pauses as a name lookup
        self.stop_depth = 0  # _loop returns when a frame returns to this many frames (nested calls)
        self.nested = 0
        self.next_call_id = 1
        self.host_value = None  # (value, function name) a synchronous host call last returned
        self.recursion_exc = None  # the last RecursionError made from a depth limit: uncaught, it names it
        self.tier = _compiled.default_mode()  # the compiled tier (runtime/compiled.py): INTERP, AUTO or EAGER
        self.ncap = min(_compiled.NATIVE_DEPTH, self.max_depth or _compiled.NATIVE_DEPTH)
        self.yielded = False  # a nested run for the compiled tier ended at a yield (not a return)

    # ---------------------------------------------------------------- entry points

    def push_module(self, code: Code):
        if self.tier == _compiled.EAGER:
            _compiled.compile_tree(code)
            _compiled.prepare(self)
        frame = Frame(code, [], self.globals)
        if code.flags & COROUTINE:  # top-level await: the event loop runs the script as a coroutine
            script = Coroutine(frame, "<module>", "<module>")
            frame.gen = script
            frame = self.new_frame(attrs.PRELUDE["_run_script_coroutine"], [script], None)
        self.frames.append(frame)

    def _measure_memory(self):
        return memory.measure(memory.vm_roots(self), progress=self.tracker.check_clock)

    def write(self, stream: str, text: str):
        self.tracker.charge_output(len(text) if text.isascii() else costs.utf8_size(text))
        self.output(stream, text)

    def run(self):
        """Run until the module returns (its value), a host call pauses (PAUSE) or an exception escapes."""
        previous_vm = set_vm(self)
        previous_tracker = limits.set_current(self.tracker)
        self.tracker.begin()
        try:
            return self._drive()
        finally:
            self.tracker.pause()
            limits.set_current(previous_tracker)
            set_vm(previous_vm)

    def run_native(self, fn):
        """Call fn() as if the VM were running (so guest methods it triggers run nested, under the
        limits), e.g. rebuilding a loaded snapshot's dicts."""
        previous_vm = set_vm(self)
        previous_tracker = limits.set_current(self.tracker)
        self.tracker.begin()
        try:
            return fn()
        finally:
            self.tracker.pause()
            limits.set_current(previous_tracker)
            set_vm(previous_vm)

    def nested_call(self, fn, args):
        """Run a guest function to completion from inside a native operation (a dict hashing a guest
        key, a list's repr showing a guest object) and return its value. This is the one place guest
        code runs below a native frame: it is counted by the same limits, but it cannot pause, so a host
        call inside it is refused with an error."""
        frames = self.frames
        saved_stop = self.stop_depth
        self.stop_depth = len(frames)
        self.nested += 1
        try:
            result = self.call(fn, list(args), None)
            if result is PAUSE:
                raise RuntimeError("a host function cannot be called here")
            if result is not _FRAME:
                return result
            return self._drive()
        finally:
            self.stop_depth = saved_stop
            self.nested -= 1

    def _drive(self):
        """The loop around `_loop`: turns exceptions into guest exceptions and unwinds them."""
        while True:
            try:
                return self._loop()
            except _GuestCall as g:
                try:
                    self._guest_call(g)
                    continue
                except LimitExceeded as e:
                    raise self._limit_error(e) from None
                except MemoryError:
                    raise self._limit_error(limits.HOST_OUT_OF_MEMORY) from None
                except Exception as e:  # noqa: BLE001 - e.g. a recursion limit on the new frame
                    exc = self.from_native(e)
                    self._add_context(exc)
                    self._add_tb(exc, self.frames[-1])
            except _Raise as r:
                exc = r.exc
                if type(exc) is not ExcInstance:  # only loaded (forged) bytecode can do this
                    exc = ExcInstance(EXC.SystemError, ("bad bytecode: raised a non-exception",))
                if r.fresh:
                    self._add_context(exc)
                    self._add_tb(exc, self.frames[-1])
            except LimitExceeded as e:
                raise self._limit_error(e) from None
            except GuestError:
                raise
            except MemoryError:  # the host itself ran out of memory: the memory limit, not a guest error
                raise self._limit_error(limits.HOST_OUT_OF_MEMORY) from None
            except Exception as e:  # an operation failed natively: same as the guest raising it
                exc = self.from_native(e)
                self._add_context(exc)
                self._add_tb(exc, self.frames[-1])
            try:
                self._unwind(exc)
            except (GuestError, NestedError):
                raise
            except LimitExceeded as e:  # an uncaught exception's __str__ ran out of budget
                raise self._limit_error(e) from None
            except Exception as e:  # noqa: BLE001 - unwinding state that forged bytecode left odd
                raise GuestError(ExcInstance(EXC.SystemError, (f"bad bytecode: {type(e).__name__}",)))

    def _guest_call(self, g: _GuestCall):
        frame = self.frames[-1]
        if g.pop:
            del frame.stack[len(frame.stack) - g.pop:]
        r = g.redirect
        result = self.call(r.func, r.args, r.kwargs)
        if result is _FRAME:
            frame.on_return = g.on_return
        elif result is PAUSE:
            raise RuntimeError("host functions cannot be called here")
        else:
            self._continue(frame, result, g.on_return)

    def _continue(self, frame: Frame, value, on_return):
        """Apply a continuation to a guest call's result, in the calling frame."""
        if on_return is None:
            frame.stack.append(value)
            return
        kind = on_return[0]
        if kind == "discard":
            return
        if kind == "jump_if_false":
            if value is False:
                frame.pc = on_return[1]
        elif kind == "jump_if_true":
            if value is True:
                frame.pc = on_return[1]
        elif kind == "or_pop":  # JUMP_IF_<sense>_OR_POP: jump keeping the object, or drop it
            if value is on_return[2]:
                frame.pc = on_return[1]
            else:
                frame.stack.pop()
        elif kind == "push_null":
            frame.stack.append(value)
            frame.stack.append(NULL)
        elif kind == "not":
            frame.stack.append(value is False)

    def resume_value(self, value):
        self.frames[-1].stack.append(value)

    def throw(self, exc: ExcInstance):
        """Raise `exc` in the top frame at its current instruction (a host call answered with an error)."""
        self._add_context(exc)
        self._add_tb(exc, self.frames[-1])
        self._unwind(exc)

    # ---------------------------------------------------------------- exceptions

    def from_native(self, e: BaseException) -> ExcInstance:
        """The guest exception equivalent to a native one raised by an operation."""
        cls = _PLAIN_NATIVE.get(type(e))
        if cls is not None:  # str(e) is made from its args alone: when they are plain, it is exception_str's
            args = e.args
            for a in args:
                ta = type(a)
                if not (ta is int or ta is str and " at 0x" not in a or ta is float or ta is bool or a is None):
                    break
            else:
                return ExcInstance(cls, args)
        if isinstance(e, (_Raise, NestedError)):
            return e.exc
        cls = None
        for klass in type(e).__mro__:
            cls = EXC.by_native.get(klass)
            if cls is not None:
                break
        if cls is None:
            cls = EXC.Exception
        args = tuple(a if type(a) in NATIVE or type(a) is ExcInstance else hide_addresses(str(a)) for a in e.args)
        exc = ExcInstance(cls, args)
        text = str(e)
        if " at 0x" in text:  # a host repr in a native message (a KeyError's key, ...)
            text = hide_addresses(text)
        if text != exception_str(exc):
            exc.text = text
        if type(e) is RecursionError:
            self.recursion_exc = exc
        return exc

    def _add_context(self, exc: ExcInstance):
        current = self.exc_info
        if type(current) is not ExcInstance:
            return
        if current is not exc and exc.context is None:
            # CPython avoids creating a cycle in the context chain
            probe = current
            while type(probe) is ExcInstance:
                if probe.context is exc:
                    probe.context = None
                    break
                probe = probe.context
            exc.context = current

    @staticmethod
    def _add_tb(exc: ExcInstance, frame: Frame):
        exc.tb.append((frame.code, frame.pc - 1))

    def _unwind(self, exc: ExcInstance):
        frames = self.frames
        while frames:
            f = frames[-1]
            code = f.code
            pc = f.pc - 1
            for entry in code.exc_table:
                if entry[0] <= pc < entry[1]:
                    del f.stack[entry[3]:]
                    f.stack.append(exc)
                    f.pc = entry[2]
                    return
            frames.pop()
            if f.gen is not None and f.gen is not DISCARD:
                gen = f.gen
                gen.finished = True
                gen.running = False
                gen.frame = None
                self.exc_info = f.exc_saved
                if EXC.StopIteration in exc.cls.mro:
                    what = "coroutine" if type(gen) is Coroutine else "generator"
                    new = ExcInstance(EXC.RuntimeError, (f"{what} raised StopIteration",))
                    new.cause = exc
                    new.context = exc
                    new.suppress_context = True
                    exc = new
            if len(frames) == self.stop_depth and (self.nested or self.stop_depth):  # (stop_depth: compiled tier)
                raise NestedError(exc)
            if frames:
                caller = frames[-1]
                caller.on_return = None  # the call it was waiting for did not return
                exc.tb.append((caller.code, caller.pc - 1))
        self._fix_message(exc)
        raise GuestError(exc, "recursion" if exc is self.recursion_exc else None)

    def _fix_message(self, exc: ExcInstance):
        """An uncaught exception whose class defines __str__: its message is computed now, while guest
        code can still run (the host sees the text, as CPython's traceback shows it)."""
        if not exc.cls.user or self.nested or exc.text is not None:
            return
        from .classes import special

        if special(exc, "__str__") is None:
            return
        try:
            text = self.nested_call(attrs.PRELUDE["_str"], (exc,))
        except LimitExceeded:
            raise
        except Exception:  # noqa: BLE001 - as CPython's printer when str() fails
            text = "<exception str() failed>"
        exc.text = text if type(text) is str else "<exception str() failed>"

    def _limit_error(self, e: LimitExceeded) -> GuestError:
        if self.tier:
            _compiled.sync_frames(self)
        exc = ExcInstance(EXC.by_name[e.exc_type], (e.message,))
        frames = self.frames
        if len(frames) > 2 * TB_KEEP:  # (only a host-raised recursion limit allows so many frames)
            frames = frames[:TB_KEEP] + frames[-TB_KEEP:]
        for f in reversed(frames):
            exc.tb.append((f.code, f.pc - 1))
        return GuestError(exc, e.limit)

    def _raise_unbound_local(self, code: Code, slot: int):
        name = code.varnames[slot]
        raise UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")

    def _tick(self):
        tracker = self.tracker
        used = self.granted - self.budget
        self.budget = self.granted = limits.TICK_INTERVAL
        if self.allocs:
            tracker.count_allocations(self.allocs)
            self.allocs = 0
        if not self.nested:
            tracker.nested_text = 0  # no native is running: what guest reprs gave them is theirs now
        tracker.tick(used)
        if self.tier:
            _compiled.on_tick(self)
        budget = tracker.interval()
        lim = tracker.limits.max_steps
        if lim is not None:
            remaining = lim - tracker.steps
            if remaining < budget:
                budget = max(remaining, 0)
        self.budget = self.granted = budget

    # ---------------------------------------------------------------- calls

    def new_frame(self, fn: Function, args, kwargs) -> Frame:
        code = fn.code
        if kwargs is None and len(args) == code.argcount and code.fast:
            locs = list(args)
            if code.nlocals > len(locs):
                locs.extend([UNBOUND] * (code.nlocals - len(locs)))
        else:
            locs = bind_arguments(fn, args, kwargs)
        cells = None
        if code.ncells:
            cells = [Cell() for _ in code.cellvars]
            cells.extend(fn.closure)
            for ci, slot in code.cell_params:
                cells[ci].v = locs[slot]
        return Frame(code, locs, fn.globals, cells)

    def call(self, fn, args, kwargs):
        """Call any guest-callable value. Returns the result, _FRAME when a guest frame was pushed (its
        return value arrives later), or PAUSE when the call went out to the host and must wait."""
        while True:
            t = type(fn)
            if t is Function:
                frame = self.new_frame(fn, args, kwargs)
                if fn.code.flags & GENERATOR:
                    gen = (Coroutine if fn.code.flags & COROUTINE else Generator)(frame, fn.name, fn.qualname)
                    frame.gen = gen
                    return gen
                self._push(frame)
                return _FRAME
            if t is Builtin:
                if fn.self is NULL:
                    r = fn.fn(*args, **kwargs) if kwargs else fn.fn(*args)
                else:
                    r = fn.fn(fn.self, *args, **kwargs) if kwargs else fn.fn(fn.self, *args)
            elif t is type:
                ctor = CONSTRUCTORS.get(fn)
                if ctor is None:
                    raise TypeError(f"cannot create '{fn.__name__}' instances")
                r = ctor(*args, **kwargs) if kwargs else ctor(*args)
            elif t is BoundMethod:
                args = (fn.self, *args)
                fn = fn.func
                continue
            elif t is GClass:
                if fn.user:
                    new = fn.lookup("__new__")
                    if type(new) is StaticMethod and type(new.func) is Builtin and new.func.self is NULL \
                            and fn.lookup("__init__") is MISSING:  # a namedtuple class: what _instantiate does
                        new = new.func.fn
                        r = new(fn, *args, **kwargs) if kwargs else new(fn, *args)
                    elif not kwargs and (fn.exception or not args) and _class_special(fn, "__new__") is None \
                            and _class_special(fn, "__init__") is None:
                        # no guest __new__ or __init__: what _instantiate would do, without a guest frame
                        return ExcInstance(fn, tuple(args)) if fn.exception else Instance(fn)
                    else:
                        fn, args, kwargs = attrs.PRELUDE["_instantiate"], (fn, tuple(args), kwargs or {}), None
                        continue
                else:
                    if kwargs:
                        raise TypeError(f"{fn.name}() takes no keyword arguments")
                    return ExcInstance(fn, tuple(args))
            elif t is Instance:
                fn, args, kwargs = attrs.PRELUDE["_call_guest"], (fn, tuple(args), kwargs or {}), None
                continue
            elif t is ExternalFunction:
                if self.nested:
                    raise RuntimeError(f"host function '{fn.name}' cannot be called from guest code that a "
                                       f"builtin runs (a __hash__, __eq__ or __repr__ used by a dict, set, "
                                       f"sort or repr)")
                if self.external is None:
                    raise NameError(f"host function '{fn.name}' is not available")
                r = self.external(self, fn.name, tuple(args), dict(kwargs) if kwargs else {})
                return r
            else:
                raise TypeError(f"'{type_name(fn)}' object is not callable")
            if type(r) is Redirect:
                fn, args, kwargs = r.func, r.args, r.kwargs
                continue
            if type(r) is Resume:
                return self._resume_for_call(r)
            if type(r) is RunClassBody:
                frame = self.new_frame(r.body, (), None)
                frame.ns = r.namespace
                self._push(frame)
                return _FRAME
            return r

    def call_discarding(self, fn: Function, args):
        """Push a guest call whose return value is dropped (for instructions that produce nothing)."""
        frame = self.new_frame(fn, args, None)
        frame.gen = DISCARD
        self._push(frame)

    def _push(self, frame: Frame):
        frames = self.frames
        if self.max_depth is not None and len(frames) >= self.max_depth:
            raise RecursionError("maximum recursion depth exceeded")
        frames.append(frame)

    def _resume_for_call(self, r: Resume):
        gen = r.gen
        if gen.finished and type(gen) is Coroutine:
            raise RuntimeError("cannot reuse already awaited coroutine")
        if r.throw is not None:
            return self._throw_into(gen, r.throw)
        if gen.finished:
            if r.default is MISSING:
                raise StopIteration
            return r.default
        gen.next_default = r.default
        self._resume_generator(gen, r.value)
        return _FRAME

    def _throw_into(self, gen: Generator, exc: ExcInstance):
        """gen.throw(exc): the exception is raised at the generator's yield (and its handlers run); a
        generator that has not started or has finished raises it straight back to the caller."""
        if gen.running:
            raise ValueError("generator already executing")
        gen.next_default = MISSING
        if gen.finished or not gen.started:
            gen.finished = True
            gen.frame = None
            raise _Raise(exc)
        gf = gen.frame
        sub = yield_from_target(gen)
        gen.running = True
        gf.exc_saved = self.exc_info
        if sub is not None:
            # suspended in `yield from`: back to just after its SEND, so that what the subiterator does
            # with the exception (yield, return, raise) flows through the delegating generator
            gf.pc -= 1
            self._push(gf)
            if type(sub) is Generator and sub.started and not sub.finished:
                return self._throw_into(sub, exc)
            raise _Raise(exc)
        self._push(gf)
        raise _Raise(exc)

    def _resume_generator(self, gen: Generator, value):
        if gen.running:
            raise ValueError("generator already executing")
        gf = gen.frame
        resumed = gen.started
        if resumed:
            gf.stack.append(value)
        else:
            if value is not None:
                raise TypeError("can't send non-None value to a just-started generator")
            gen.started = True
        gen.running = True
        gf.exc_saved = self.exc_info
        self._push(gf)
        if resumed:
            self._send_through(gf)

    def _send_through(self, gf: Frame):
        """A generator frame just resumed while suspended in `yield from` a generator: do what its
        JUMP_BACKWARD and SEND would (send the value on to the subgenerator) without dispatching them,
        level after level, so that a deep chain of delegating generators costs little per level. Each
        level is still a frame (toward the recursion limit) and a step (the back-edge it skips)."""
        frames = self.frames
        room = self.max_depth - len(frames) if self.max_depth is not None else 1 << 62
        exc_info = self.exc_info
        pushed = []
        try:
            while True:
                stack = gf.stack
                pc = gf.pc
                instrs = gf.code.run
                try:
                    if pc < 2 or instrs[pc][0] != 71 or instrs[pc - 1][0] != 87 or instrs[pc - 2][0] != 79:
                        return
                    sub = stack[-2]
                except IndexError:
                    return
                if type(sub) is not Generator or sub.running or sub.finished or not sub.started:
                    return
                gf.pc = pc - 1  # (where its SEND would raise)
                if len(pushed) >= room:
                    raise RecursionError("maximum recursion depth exceeded")
                gf = sub.frame
                gf.stack.append(stack.pop())
                sub.running = True
                gf.exc_saved = exc_info
                pushed.append(gf)
        finally:
            if pushed:
                frames.extend(pushed)
                self.tracker.charge_work(len(pushed) * limits.WORK_BYTES_PER_STEP)

    def _yield_through(self, frames) -> Frame:
        """A value yielded to a generator suspended in `yield from` (at the YIELD_VALUE after its SEND):
        do what that YIELD_VALUE would, level after level, and give the frame the value finally goes to."""
        top = i = len(frames) - 1
        f = frames[i]
        while True:
            if i < self.stop_depth:  # below a nested run of the compiled tier: the run returns the value
                break
            gen = f.gen
            if type(gen) is not Generator or f.on_return is not None:
                break
            pc = f.pc
            instrs = f.code.run
            try:
                if pc < 1 or instrs[pc][0] != 87 or instrs[pc - 1][0] != 79:
                    break
            except IndexError:
                break
            f.pc = pc + 1
            gen.running = False
            i -= 1
            f = frames[i]
        if i < top:
            self.exc_info = frames[i + 1].exc_saved
            del frames[i + 1:]
        return f

    # ---------------------------------------------------------------- the loop

    def _loop(self):
        frames = self.frames
        f = frames[-1]
        code = f.code
        instrs = code.run
        stack = f.stack
        locs = f.locals
        glb = f.globals
        pc = f.pc
        max_depth = self.max_depth if self.max_depth is not None else 1 << 62
        budget = self.budget
        allocs = self.allocs
        pool = self.pool
        stop_at = self.stop_depth
        try:
            while True:
                opcode, arg = instrs[pc]
                pc += 1

                if opcode == 21:  # LOAD_FAST_NOCHECK
                    stack.append(locs[arg])
                elif opcode == 10:  # LOAD_CONST
                    stack.append(arg)
                elif opcode == 17 or opcode == 22:  # LOAD_GLOBAL, LOAD_GLOBAL_CALLEE
                    try:
                        stack.append(glb[arg])
                    except KeyError:
                        v = self._load_builtin(arg, opcode == 22)
                        if v is PAUSE:  # start() mode: the host may supply the value of an unknown name
                            f.pc = pc
                            self.budget = budget
                            self.allocs = allocs
                            return PAUSE
                        stack.append(v)
                elif opcode == 205:  # FAST_CONST_COMPARE_JUMP (LOAD_FAST_NOCHECK; LOAD_CONST; COMPARE_JUMP...)
                    pc += 2
                    slot, cmp, b, target = arg
                    a = locs[slot]
                    if type(a) is type(b) and type(a) in NATIVE:
                        if cmp == 0:
                            r = a < b
                        elif cmp == 4:
                            r = a > b
                        elif cmp == 2:
                            r = a == b
                        elif cmp == 3:
                            r = a != b
                        elif cmp == 1:
                            r = a <= b
                        elif cmp == 5:
                            r = a >= b
                        else:
                            r = ops.compare(a, b, cmp)
                        if not r:
                            pc = target
                    else:
                        r = ops.compare(a, b, cmp)
                        if type(r) is Redirect:
                            _compare_jump(r, target)
                        if not r:
                            pc = target
                elif opcode == 204:  # FAST_CONST_BINARY (LOAD_FAST_NOCHECK; LOAD_CONST; BINARY_OP)
                    pc += 2
                    slot, opi, b = arg
                    a = locs[slot]
                    ta = type(a)
                    if ta is type(b) and (ta is _int or ta is _float):
                        if opi == 0:
                            stack.append(a + b)
                        elif opi == 1:
                            stack.append(a - b)
                        elif opi < 6 and (opi != 2 or ta is _float or a.bit_length() + b.bit_length() < 8192):
                            stack.append(_NUMERIC[opi](a, b))
                        else:
                            stack.append(_guest(ops.binary(a, b, opi), 0))
                    else:
                        stack.append(_guest(ops.binary(a, b, opi), 0))
                elif opcode == 202:  # COMPARE_CONST_JUMP (LOAD_CONST; COMPARE_JUMP_IF_FALSE)
                    pc += 1
                    cmp, b, target = arg
                    a = stack.pop()
                    if type(a) is type(b) and type(a) in NATIVE:
                        if cmp == 0:
                            r = a < b
                        elif cmp == 4:
                            r = a > b
                        elif cmp == 2:
                            r = a == b
                        elif cmp == 3:
                            r = a != b
                        elif cmp == 1:
                            r = a <= b
                        elif cmp == 5:
                            r = a >= b
                        else:
                            r = ops.compare(a, b, cmp)
                        if not r:
                            pc = target
                    else:
                        r = ops.compare(a, b, cmp)
                        if type(r) is Redirect:
                            _compare_jump(r, target)
                        if not r:
                            pc = target
                elif opcode == 200:  # BINARY_OP_CONST (LOAD_CONST; BINARY_OP)
                    pc += 1
                    opi, b = arg
                    a = stack[-1]
                    ta = type(a)
                    if ta is type(b) and (ta is _int or ta is _float):
                        if opi == 0:
                            stack[-1] = a + b
                        elif opi == 1:
                            stack[-1] = a - b
                        elif opi < 6 and (opi != 2 or ta is _float or a.bit_length() + b.bit_length() < 8192):
                            stack[-1] = _NUMERIC[opi](a, b)
                        else:
                            stack[-1] = _guest(ops.binary(a, b, opi), 1)
                    else:
                        stack[-1] = _guest(ops.binary(a, b, opi), 1)
                elif opcode == 40:  # BINARY_OP
                    b = stack.pop()
                    a = stack[-1]
                    ta = type(a)
                    if ta is type(b) and (ta is _int or ta is _float):
                        if arg == 0:
                            stack[-1] = a + b
                        elif arg == 1:
                            stack[-1] = a - b
                        elif arg < 6 and (arg != 2 or ta is _float or a.bit_length() + b.bit_length() < 8192):
                            stack[-1] = _NUMERIC[arg](a, b)
                        else:
                            stack[-1] = _guest(ops.binary(a, b, arg), 1)
                    elif ta in NATIVE and type(b) in NATIVE:
                        if arg in _CHECKED:
                            ops._size_check(arg, a, b)
                        stack[-1] = _BINARY[arg](a, b)
                    else:
                        stack[-1] = _guest(ops.binary(a, b, arg), 1)
                elif opcode == 80 and type(fn := stack[-arg - 1]) is Function and (fcode := fn.code).fast \
                        and fcode.argcount == arg:  # CALL of a plain guest function
                    if arg:
                        args = stack[-arg:]
                        del stack[-arg - 1:]
                    else:
                        args = []
                        stack.pop()
                    if fcode.nlocals > arg:
                        args.extend(fcode.padding)
                    f.pc = pc
                    if len(frames) >= max_depth:
                        raise RecursionError("maximum recursion depth exceeded")
                    allocs += 1
                    if pool:  # reuse a frame object that returned (nothing refers to it any more)
                        f = pool.pop()
                        f.code = fcode
                        f.pc = 0
                        f.locals = args
                        f.globals = fn.globals
                    else:
                        f = Frame(fcode, args, fn.globals)
                    frames.append(f)
                    code = fcode
                    instrs = fcode.run
                    stack = f.stack
                    locs = args
                    glb = f.globals
                    pc = 0
                    budget -= fcode.weight
                    if budget < 0:
                        self.budget = budget
                        self.allocs = allocs
                        self._tick()
                        budget = self.budget
                        allocs = self.allocs
                elif opcode == 80 or opcode == 81:  # CALL, CALL_KW
                    if opcode == 81:
                        kwnames = stack.pop()
                        nkw = len(kwnames)
                        kwvalues = stack[len(stack) - nkw:]
                        del stack[len(stack) - nkw:]
                        kwargs = dict(zip(kwnames, kwvalues))
                        arg -= nkw
                    else:
                        kwargs = None
                    if arg:
                        args = stack[len(stack) - arg:]
                        del stack[len(stack) - arg:]
                    else:
                        args = []
                    fn = stack.pop()
                    f.pc = pc
                    if type(fn) is Function:
                        fcode = fn.code
                        if kwargs is None and arg == fcode.argcount and fcode.fast:
                            if fcode.nlocals > arg:
                                args.extend([UNBOUND] * (fcode.nlocals - arg))
                            nf = Frame(fcode, args, fn.globals)
                            if self.max_depth is not None and len(frames) >= self.max_depth:
                                raise RecursionError("maximum recursion depth exceeded")
                            frames.append(nf)
                            r = _FRAME
                        else:
                            r = self.call(fn, args, kwargs)
                        budget -= fcode.weight
                        if budget < 0:
                            self.budget = budget
                            self.allocs = allocs
                            self._tick()
                            budget = self.budget
                            allocs = self.allocs
                    else:
                        r = self.call(fn, args, kwargs)
                    if r is _FRAME:
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                    elif r is PAUSE:
                        self.budget = budget
                        self.allocs = allocs
                        return PAUSE
                    else:
                        stack.append(r)
                elif opcode == 86 or opcode == 88:  # RETURN_VALUE, RETURN_CONST
                    v = stack.pop() if opcode == 86 else arg
                    frames.pop()
                    gen = f.gen
                    if gen is DISCARD:  # a helper call whose result nobody wants
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                        continue
                    if gen is not None:
                        gen.finished = True
                        gen.running = False
                        gen.frame = None
                        self.exc_info = f.exc_saved
                        if len(frames) == stop_at and stop_at:  # a nested run of the compiled tier
                            self.budget = budget
                            self.allocs = allocs
                            return v
                        caller = frames[-1]
                        cop, carg = caller.code.instrs[caller.pc - 1]
                        if cop == 77:  # FOR_ITER: the loop is over
                            caller.stack.pop()
                            caller.pc = carg
                        elif cop == 79:  # SEND: the value of `yield from`
                            caller.stack.pop()
                            caller.stack.append(v)
                            caller.pc = carg
                        elif gen.next_default is MISSING:  # next()/send(): StopIteration(value)
                            f = caller
                            pc = caller.pc
                            raise StopIteration(v) if v is not None else StopIteration()
                        else:
                            caller.stack.append(gen.next_default)
                    elif len(frames) == stop_at:
                        self.budget = budget
                        self.allocs = allocs
                        return v
                    elif f.cells is None and f.ns is None and len(pool) < 32:
                        f.stack = []
                        pool.append(f)
                    f = frames[-1]
                    code = f.code
                    instrs = code.run
                    stack = f.stack
                    locs = f.locals
                    glb = f.globals
                    pc = f.pc
                    if gen is None:
                        if f.on_return is None:
                            stack.append(v)
                        else:
                            on_return = f.on_return
                            f.on_return = None
                            self._continue(f, v, on_return)
                            pc = f.pc
                elif opcode == 12:  # STORE_FAST
                    locs[arg] = stack.pop()
                elif opcode == 18:  # STORE_GLOBAL
                    glb[arg] = stack.pop()
                elif opcode == 203:  # LOAD_FAST_PAIR
                    pc += 1
                    stack.append(locs[arg[0]])
                    stack.append(locs[arg[1]])
                elif opcode == 201:  # INPLACE_OP_CONST (LOAD_CONST; INPLACE_OP)
                    pc += 1
                    opi, b = arg
                    a = stack[-1]
                    ta = type(a)
                    if ta is type(b) and (ta is _int or ta is _float) and opi < 2:
                        stack[-1] = a + b if opi == 0 else a - b
                    else:
                        stack[-1] = _guest(ops.inplace(a, b, opi), 1)
                elif opcode == 11:  # LOAD_FAST
                    v = locs[arg]
                    if v is UNBOUND:
                        self._raise_unbound_local(code, arg)
                    stack.append(v)
                elif opcode == 44:  # COMPARE_JUMP_IF_FALSE
                    b = stack.pop()
                    a = stack.pop()
                    cmp = arg & 15
                    if type(a) is type(b) and type(a) in NATIVE and cmp < 6:
                        if not _COMPARE[cmp](a, b):
                            pc = arg >> 4
                    else:
                        r = ops.compare(a, b, cmp)
                        if type(r) is Redirect:
                            _compare_jump(r, arg >> 4)
                        if not r:
                            pc = arg >> 4
                elif opcode == 72:  # POP_JUMP_IF_FALSE
                    v = stack.pop()
                    if v is False or v is None:
                        pc = arg
                    elif v is not True:
                        if type(v) is Instance:
                            raise _GuestCall(Redirect(attrs.PRELUDE["_truth"], (v,)), 0, ("jump_if_false", arg))
                        if not v:
                            pc = arg
                elif opcode == 33:  # LOAD_METHOD
                    if arg in GROWING_METHODS:
                        allocs += 1
                    obj = stack[-1]
                    table = attrs.METHODS.get(type(obj))
                    fn = table.get(arg) if table is not None else None
                    if fn is not None:
                        stack[-1] = fn
                        stack.append(obj)
                    else:
                        r, self_ = attrs.load_method(obj, arg)
                        if type(r) is Redirect:
                            raise _GuestCall(r, 1, ("push_null",))
                        stack[-1] = r
                        stack.append(self_)
                elif opcode == 83 or opcode == 84:  # CALL_METHOD, CALL_METHOD_KW
                    if opcode == 84:
                        kwnames = stack.pop()
                        nkw = len(kwnames)
                        kwvalues = stack[len(stack) - nkw:]
                        del stack[len(stack) - nkw:]
                        kwargs = dict(zip(kwnames, kwvalues))
                        arg -= nkw
                    else:
                        kwargs = None
                    if arg:
                        args = stack[len(stack) - arg:]
                        del stack[len(stack) - arg:]
                    else:
                        args = []
                    self_ = stack.pop()
                    fn = stack.pop()
                    f.pc = pc
                    if self_ is NULL:
                        r = self.call(fn, args, kwargs)
                    elif type(fn) is Function or type(fn) is Builtin:
                        r = self.call(fn, [self_, *args], kwargs)
                    else:  # a native method from the tables
                        r = fn(self_, *args, **kwargs) if kwargs else fn(self_, *args)
                        if type(r) is Redirect:
                            r = self.call(r.func, r.args, r.kwargs)
                        elif type(r) is Resume:
                            r = self._resume_for_call(r)
                    if type(fn) is Function or type(fn) is BoundMethod and type(fn.func) is Function:
                        # a guest method call counts its steps, as a CALL does
                        budget -= (fn.code if type(fn) is Function else fn.func.code).weight
                        if budget < 0:
                            self.budget = budget
                            self.allocs = allocs
                            self._tick()
                            budget = self.budget
                            allocs = self.allocs
                    if r is _FRAME:
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                    elif r is PAUSE:
                        self.budget = budget
                        self.allocs = allocs
                        return PAUSE
                    else:
                        stack.append(r)
                elif opcode == 77:  # FOR_ITER
                    it = stack[-1]
                    if type(it) is Generator:
                        if it.finished:
                            stack.pop()
                            pc = arg
                        else:
                            f.pc = pc
                            self._resume_generator(it, None)
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                    else:
                        v = next(it, _END)
                        if v is _END:
                            stack.pop()
                            pc = arg
                        else:
                            stack.append(v)
                elif opcode == 71:  # JUMP_BACKWARD (one step, and one per STEP_INSTRUCTIONS of loop body)
                    budget -= 1 + (pc - arg) // 32
                    pc = arg
                    if budget < 0:
                        f.pc = pc
                        self.budget = budget
                        self.allocs = allocs
                        self._tick()
                        budget = self.budget
                        allocs = self.allocs
                elif opcode == 30:  # LOAD_ATTR
                    stack[-1] = _guest(attrs.load_attr(stack[-1], arg), 1)
                elif opcode == 34:  # BINARY_SUBSCR
                    key = stack.pop()
                    obj = stack[-1]
                    if type(obj) in NATIVE:
                        try:
                            stack[-1] = obj[key]
                        except TypeError as e:
                            if type(key) is not Instance:
                                raise
                            stack[-1] = _guest(_index_subscript(obj, key, e), 1)
                    else:
                        stack[-1] = _guest(self._subscript(obj, key), 1)
                elif opcode == 1:  # POP_TOP
                    stack.pop()
                elif opcode == 41:  # INPLACE_OP
                    b = stack.pop()
                    a = stack[-1]
                    ta = type(a)
                    if ta is type(b) and (ta is _int or ta is _float) and arg < 2:
                        stack[-1] = a + b if arg == 0 else a - b
                    elif type(b) is Generator and (ta is _list and arg == 0 or ta is _dict and arg == 10):
                        f.pc = pc - 1  # materialise the generator, then run this instruction again
                        self._materialize(b)
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                    else:
                        stack[-1] = _guest(ops.inplace(a, b, arg), 1)
                elif opcode == 70:  # JUMP_FORWARD
                    pc = arg
                elif opcode == 73:  # POP_JUMP_IF_TRUE
                    v = stack.pop()
                    if v is True:
                        pc = arg
                    elif v is not False and v is not None:
                        if type(v) is Instance:
                            raise _GuestCall(Redirect(attrs.PRELUDE["_truth"], (v,)), 0, ("jump_if_true", arg))
                        if v:
                            pc = arg
                elif opcode == 14:  # LOAD_DEREF
                    v = f.cells[arg].v
                    if v is UNBOUND:
                        self._unbound_deref(code, arg)
                    stack.append(v)
                elif opcode == 15:  # STORE_DEREF
                    f.cells[arg].v = stack.pop()
                elif opcode == 43:  # COMPARE_OP
                    b = stack.pop()
                    a = stack[-1]
                    if arg < 6 and type(a) is type(b) and type(a) in NATIVE:
                        stack[-1] = _COMPARE[arg](a, b)
                    elif (arg == 6 or arg == 7) and type(b) is Generator:
                        stack.pop()
                        f.pc = pc
                        self.call(attrs.PRELUDE["_contains" if arg == 6 else "_not_contains"], [b, a], None)
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                    else:
                        stack[-1] = _guest(ops.compare(a, b, arg), 1)
                elif opcode == 35:  # STORE_SUBSCR
                    key = stack.pop()
                    obj = stack.pop()
                    value = stack.pop()
                    if type(obj) in NATIVE:
                        if type(value) is Generator and type(key) is slice:
                            f.pc = pc
                            self.call_discarding(attrs.PRELUDE["_setitem_listed"], [obj, key, value])
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                        elif type(obj) is dict:  # a new key is counted as an allocation (an overwrite is not)
                            n = len(obj)
                            obj[key] = value
                            allocs += len(obj) - n
                        else:
                            obj[key] = value
                    elif type(obj) is Instance:
                        raise _GuestCall(Redirect(attrs.PRELUDE["_setitem"], (obj, key, value)), 0, ("discard",))
                    else:
                        raise TypeError(f"'{type_name(obj)}' object does not support item assignment")
                elif opcode == 2:  # COPY
                    stack.append(stack[-arg])
                elif opcode == 3:  # SWAP
                    stack[-1], stack[-arg] = stack[-arg], stack[-1]
                elif opcode == 51:  # BUILD_LIST
                    allocs += 1
                    if arg:
                        items = stack[len(stack) - arg:]
                        del stack[len(stack) - arg:]
                        stack.append(items)
                    else:
                        stack.append([])
                elif opcode == 50:  # BUILD_TUPLE
                    allocs += 1
                    if arg:
                        items = tuple(stack[len(stack) - arg:])
                        del stack[len(stack) - arg:]
                        stack.append(items)
                    else:
                        stack.append(())
                elif opcode == 63:  # UNPACK_SEQUENCE
                    seq = stack[-1]
                    t = type(seq)
                    if (t is _tuple or t is _list) and len(seq) == arg:
                        stack.pop()
                        stack.extend(reversed(seq))
                    elif t in NATIVE_ITERABLE:
                        stack.pop()
                        stack.extend(reversed(self._unpack(seq, arg)))
                    else:
                        f.pc = pc - 1  # materialise the iterable, then run this instruction again
                        r = self._materialize(stack.pop())
                        if r is _FRAME:
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                elif opcode == 53:  # BUILD_MAP
                    allocs += 1
                    if arg:
                        items = stack[len(stack) - 2 * arg:]
                        del stack[len(stack) - 2 * arg:]
                        d = {}
                        for i in range(0, 2 * arg, 2):
                            d[items[i]] = items[i + 1]
                        stack.append(d)
                    else:
                        stack.append({})
                elif opcode == 55:  # LIST_APPEND
                    allocs += 1  # (a comprehension's item: counted like a growing method, limits.py)
                    v = stack.pop()
                    stack[-arg].append(v)
                elif opcode == 65:  # FORMAT_VALUE
                    spec = stack.pop() if arg & 4 else ""
                    v = stack.pop()
                    conv = arg & 3
                    if type(v) is Instance or type(v) is ExcInstance and v.cls.user:
                        raise _GuestCall(Redirect(attrs.PRELUDE["_format_value"], (v, conv, spec)))
                    if conv:
                        if type(v) in _REPR_CHECKED:  # a repr far larger than the value: charged first
                            costs.check_repr(v, conv == 3)
                        if type(v) is not _str:
                            v = formatting.shown(str(v) if conv == 1 else repr(v) if conv == 2 else ascii(v), v)
                        elif conv != 1:
                            v = repr(v) if conv == 2 else ascii(v)
                    if spec:
                        stack.append(formatting.format_value(v, spec))
                    elif type(v) is _str:
                        stack.append(v)
                    else:
                        if type(v) in _REPR_CHECKED:
                            costs.check_repr(v)
                        stack.append(formatting.shown(format(v, ""), v))
                elif opcode == 54:  # BUILD_STRING
                    allocs += 1
                    items = stack[len(stack) - arg:]
                    del stack[len(stack) - arg:]
                    stack.append("".join(items))
                elif opcode == 76:  # GET_ITER
                    v = stack[-1]
                    t = type(v)
                    if t is Generator:
                        pass
                    elif t in NATIVE_ITERABLE:
                        stack[-1] = iter(v)
                    elif t is Instance or t is GClass and has_class_protocol(v, "__iter__"):
                        raise _GuestCall(Redirect(attrs.PRELUDE["_iter_for_loop"], (v,)), 1)
                    else:
                        raise TypeError(f"'{type_name(v)}' object is not iterable")
                elif opcode == 74:  # JUMP_IF_FALSE_OR_POP
                    v = stack[-1]
                    if type(v) is Instance:
                        raise _GuestCall(Redirect(attrs.PRELUDE["_truth"], (v,)), 0, ("or_pop", arg, False))
                    if not v:
                        pc = arg
                    else:
                        stack.pop()
                elif opcode == 75:  # JUMP_IF_TRUE_OR_POP
                    v = stack[-1]
                    if type(v) is Instance:
                        raise _GuestCall(Redirect(attrs.PRELUDE["_truth"], (v,)), 0, ("or_pop", arg, True))
                    if v:
                        pc = arg
                    else:
                        stack.pop()
                elif opcode == 42:  # UNARY_OP
                    stack[-1] = _guest(ops.unary(stack[-1], arg), 1)
                elif opcode == 56:  # SET_ADD
                    allocs += 1
                    v = stack.pop()
                    stack[-arg].add(v)
                elif opcode == 57:  # MAP_ADD
                    allocs += 1
                    v = stack.pop()
                    k = stack.pop()
                    stack[-arg][k] = v
                elif opcode == 37:  # BUILD_SLICE
                    if arg == 3:
                        step = stack.pop()
                        stop = stack.pop()
                        stack[-1] = slice(stack[-1], stop, step)
                    else:
                        stop = stack.pop()
                        stack[-1] = slice(stack[-1], stop)
                    if len(stack) > 1 and type(stack[-2]) in _SLICED:  # obj[a:b]: a large copy is charged
                        costs.charge_slice(stack[-2], stack[-1])
                elif opcode == 87:  # YIELD_VALUE
                    v = stack.pop()
                    f.pc = pc
                    gen = f.gen
                    gen.running = False
                    self.exc_info = f.exc_saved
                    frames.pop()
                    if len(frames) == stop_at and stop_at:  # to compiled code (a nested run of the tier)
                        self.budget = budget
                        self.allocs = allocs
                        self.yielded = True
                        return v
                    f = frames[-1]
                    if type(f.gen) is Generator:  # to a generator in `yield from`: on up the chain
                        f = self._yield_through(frames)
                        if len(frames) == stop_at and stop_at:
                            self.budget = budget
                            self.allocs = allocs
                            self.yielded = True
                            return v
                    code = f.code
                    instrs = code.run
                    stack = f.stack
                    locs = f.locals
                    glb = f.globals
                    pc = f.pc
                    if f.on_return is None:
                        stack.append(v)
                    else:
                        on_return = f.on_return
                        f.on_return = None
                        self._continue(f, v, on_return)
                        pc = f.pc
                elif opcode == 85:  # MAKE_FUNCTION
                    allocs += 1
                    fcode = stack.pop()
                    closure = stack.pop() if arg & 8 else ()
                    kwdefaults = stack.pop() if arg & 2 else None
                    defaults = stack.pop() if arg & 1 else ()
                    stack.append(Function(fcode, f.globals, defaults, kwdefaults, closure))
                elif opcode == 20:  # LOAD_CLOSURE
                    stack.append(f.cells[arg])
                elif opcode == 92:  # PUSH_EXC_INFO
                    exc = stack.pop()
                    stack.append(self.exc_info)
                    stack.append(exc)
                    self.exc_info = exc
                elif opcode == 93:  # POP_EXCEPT
                    self.exc_info = stack.pop()
                elif opcode == 94:  # CHECK_EXC_MATCH
                    spec = stack.pop()
                    stack.append(ops.exception_matches(stack[-1], spec))
                elif opcode == 91:  # RERAISE
                    exc = stack.pop()
                    f.pc = pc
                    raise _Raise(exc, fresh=False)
                elif opcode == 90:  # RAISE_VARARGS
                    f.pc = pc
                    self._raise(arg, stack)
                elif opcode == 95:  # LOAD_ASSERTION_ERROR
                    stack.append(EXC.AssertionError)
                elif opcode == 13:  # DELETE_FAST
                    if locs[arg] is UNBOUND:
                        self._raise_unbound_local(code, arg)
                    locs[arg] = UNBOUND
                elif opcode == 16:  # DELETE_DEREF
                    cell = f.cells[arg]
                    if cell.v is UNBOUND:
                        self._unbound_deref(code, arg)
                    cell.v = UNBOUND
                elif opcode == 19:  # DELETE_GLOBAL
                    if arg not in glb:
                        raise NameError(f"name '{arg}' is not defined")
                    del glb[arg]
                elif opcode == 31:  # STORE_ATTR
                    obj = stack.pop()
                    r = attrs.store_attr(obj, arg, stack.pop())
                    if r is not None:
                        raise _GuestCall(r, 0, ("discard",))
                elif opcode == 32:  # DELETE_ATTR
                    r = attrs.delete_attr(stack.pop(), arg)
                    if r is not None:
                        raise _GuestCall(r, 0, ("discard",))
                elif opcode == 36:  # DELETE_SUBSCR
                    key = stack.pop()
                    obj = stack.pop()
                    if type(obj) in NATIVE:
                        del obj[key]
                    elif type(obj) is Instance:
                        raise _GuestCall(Redirect(attrs.PRELUDE["_delitem"], (obj, key)), 0, ("discard",))
                    else:
                        raise TypeError(f"'{type_name(obj)}' object does not support item deletion")
                elif opcode == 52:  # BUILD_SET
                    allocs += 1
                    if arg:
                        items = set(stack[len(stack) - arg:])
                        del stack[len(stack) - arg:]
                        stack.append(items)
                    else:
                        stack.append(set())
                elif opcode == 58 or opcode == 59:  # LIST_EXTEND, SET_UPDATE
                    v = stack[-1]
                    depth = arg & 0xFF
                    if type(v) in NATIVE_ITERABLE:
                        stack.pop()
                        target = stack[-depth]
                        if type(v) is _tuple and len(v) <= 4096:  # a display's constants
                            target.extend(v) if opcode == 58 else target.update(v)
                        elif opcode == 58:
                            target.extend(costs.consumable(v, 8, 8 * len(target)))
                        elif costs.needs_chunks(v):  # colliding hashes: inserted in chunks
                            costs.update_set(target, costs.consumable(v, 64))
                        else:
                            target.update(v)
                    elif type(v) is Generator or _guest_iterable(v):
                        f.pc = pc - 1
                        r = self._materialize(stack.pop())
                        if r is _FRAME:
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                    else:
                        self._not_iterable_after_star(v, stack, depth, arg & 0x100)
                elif opcode == 62:  # LIST_TO_TUPLE
                    stack[-1] = tuple(stack[-1])
                elif opcode == 60 or opcode == 61:  # DICT_UPDATE, DICT_MERGE
                    v = stack.pop()
                    if type(v) is _dict or isinstance(v, _dict):  # (Counter, OrderedDict...)
                        if opcode == 60:
                            stack[-arg].update(v)
                        else:
                            self._dict_merge(stack, arg, v)
                    else:  # anything else by its keys() and [key], as guest code; then {} to merge again
                        f.pc = pc - 1
                        r = self._merge_mapping(stack, arg, v, opcode == 61)
                        if r is _FRAME:
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                elif opcode == 82:  # CALL_EX
                    kwargs = stack.pop() if arg & 1 else None
                    args = stack.pop()
                    fn = stack.pop()
                    f.pc = pc
                    r = self.call(fn, list(args), kwargs or None)
                    if r is _FRAME:
                        f = frames[-1]
                        code = f.code
                        instrs = code.run
                        stack = f.stack
                        locs = f.locals
                        glb = f.globals
                        pc = f.pc
                    elif r is PAUSE:
                        self.budget = budget
                        self.allocs = allocs
                        return PAUSE
                    else:
                        stack.append(r)
                elif opcode == 64:  # UNPACK_EX
                    seq = stack[-1]
                    if type(seq) in NATIVE_ITERABLE:
                        stack.pop()
                        stack.extend(reversed(self._unpack_ex(seq, arg & 0xFF, arg >> 8)))
                    else:
                        f.pc = pc - 1
                        r = self._materialize(stack.pop())
                        if r is _FRAME:
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                elif opcode == 66:  # DICT_FROM_KEYS
                    keys = stack.pop()
                    values = stack[len(stack) - arg:]
                    del stack[len(stack) - arg:]
                    stack.append(dict(zip(keys, values)))
                elif opcode == 78:  # GET_YIELD_FROM_ITER
                    v = stack[-1]
                    if type(v) is not Generator:
                        if type(v) in NATIVE_ITERABLE:
                            stack[-1] = iter(v)
                        elif type(v) is Instance:
                            raise _GuestCall(Redirect(attrs.PRELUDE["_yield_from_iter"], (v,)), 1)
                        else:
                            raise TypeError(f"'{type_name(v)}' object is not iterable")
                elif opcode == 79:  # SEND
                    value = stack.pop()
                    sub = stack[-1]
                    if type(sub) is Generator or type(sub) is Coroutine:
                        if sub.finished:
                            stack.pop()
                            stack.append(None)
                            pc = arg
                        else:
                            f.pc = pc
                            self._resume_generator(sub, value)
                            f = frames[-1]
                            code = f.code
                            instrs = code.run
                            stack = f.stack
                            locs = f.locals
                            glb = f.globals
                            pc = f.pc
                    else:
                        if value is not None:
                            raise AttributeError(f"'{type_name(sub)}' object has no attribute 'send'")
                        v = next(sub, _END)
                        if v is _END:
                            stack.pop()
                            stack.append(None)
                            pc = arg
                        else:
                            stack.append(v)
                elif opcode == 23:  # LOAD_NAME
                    ns = f.ns
                    if ns is not None and arg in ns:
                        stack.append(ns[arg])
                    elif arg in glb:
                        stack.append(glb[arg])
                    else:
                        stack.append(self._load_builtin(arg))
                elif opcode == 24:  # STORE_NAME
                    f.ns[arg] = stack.pop()
                elif opcode == 25:  # DELETE_NAME
                    if arg not in f.ns:
                        raise NameError(f"name '{arg}' is not defined")
                    del f.ns[arg]
                elif opcode == 26:  # LOAD_CLASSDEREF
                    name = (code.cellvars + code.freevars)[arg]
                    if f.ns is not None and name in f.ns:
                        stack.append(f.ns[name])
                    else:
                        v = f.cells[arg].v
                        if v is UNBOUND:
                            self._unbound_deref(code, arg)
                        stack.append(v)
                elif opcode == 110:  # MATCH_PATTERN
                    values = stack.pop()
                    captures = _match_pattern(self, arg, stack.pop(), values)
                    stack.append(captures if captures is not None else ())
                    stack.append(captures is not None)
                elif opcode == 111:  # GET_AWAITABLE
                    v = stack[-1]
                    if type(v) is Coroutine:
                        if v.finished:
                            raise RuntimeError("cannot reuse already awaited coroutine")
                    else:
                        stack.pop()
                        stack.append(_guest(self._awaitable(v), 0))
                elif opcode == 112:  # BEFORE_ASYNC_WITH
                    stack.extend(_with_methods(stack.pop(), is_async=True))
                elif opcode == 113:  # GET_AITER
                    v = stack.pop()
                    stack.append(_guest(_async_iter(v), 0))
                elif opcode == 114:  # GET_ANEXT
                    stack.append(_guest(_async_next(stack[-1]), 0))
                elif opcode == 115:  # END_ASYNC_FOR
                    exc = stack.pop()
                    if type(exc) is ExcInstance and EXC.StopAsyncIteration in exc.cls.mro:
                        stack.pop()
                    else:
                        raise _Raise(exc, fresh=False)
                elif opcode == 97:  # BEFORE_WITH
                    stack.extend(_with_methods(stack.pop()))
                elif opcode == 98:  # WITH_EXCEPT_START
                    exc = stack[-1]
                    stack.extend((stack[-3], exc.cls if type(exc) is ExcInstance else None, exc, None))
                elif opcode == 96:  # LOAD_BUILD_CLASS
                    stack.append(BUILD_CLASS)
                elif opcode == 100:  # IMPORT_NAME
                    stack.append(self._import(arg))
                elif opcode == 101:  # IMPORT_FROM
                    stack.append(self._import_from(stack[-1], arg))
                elif opcode == 0:  # NOP
                    pass
                elif opcode == 206:  # TIER_ENTRY: the compiled tier runs the frame from here (runtime/compiled.py)
                    if not self.tier or len(frames) > self.ncap or f.on_return is not None:
                        instrs = code.tier.plain  # run the original instruction, and this activation, here
                        pc -= 1
                        continue
                    f.pc = pc - 1
                    self.budget = budget
                    self.allocs = allocs
                    try:
                        v = _tier_enter(self, f)
                    finally:
                        pc = f.pc
                        budget = self.budget
                        allocs = self.allocs
                    if v is PAUSE:
                        return PAUSE
                    else:  # the frame returned v: finish it as RETURN_VALUE does
                        stack.append(v)
                        instrs = _RETURN
                        pc = 0
                else:
                    raise SystemError(f"unknown opcode {opcode}")
        except BaseException:
            f.pc = pc
            self.budget = budget
            self.allocs = allocs
            raise

    # ---------------------------------------------------------------- instruction helpers

    def _load_builtin(self, name: str, callee: bool = False):
        try:
            return self.builtins[name]
        except KeyError:
            pass
        if name in REFUSED_NAMES:
            raise NameError(refusal_message(name))
        if self.lookup_names and callee:  # start() mode: calling an unknown name calls the host
            return ExternalFunction(name)
        if self.lookup_names:
            self.pending = ("lookup", name, (), {})
            return PAUSE
        raise NameError(f"name '{name}' is not defined")

    def _unbound_deref(self, code: Code, index: int):
        ncell = len(code.cellvars)
        if index < ncell:
            name = code.cellvars[index]
            raise UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")
        name = code.freevars[index - ncell]
        raise NameError(f"cannot access free variable '{name}' where it is not associated with a value in "
                        f"enclosing scope")

    def _raise(self, arg, stack):
        if arg == 0:
            exc = self.exc_info
            if exc is None:
                raise RuntimeError("No active exception to reraise")
            raise _Raise(exc, fresh=False)
        cause = stack.pop() if arg == 2 else NULL
        exc = stack.pop()
        exc = self._exception_value(exc, "exceptions must derive from BaseException")
        if cause is not NULL:
            if cause is None:
                exc.cause = None
            else:
                exc.cause = self._exception_value(cause, "exception causes must derive from BaseException")
            exc.suppress_context = True
        raise _Raise(exc)

    def _exception_value(self, v, message):
        if type(v) is ExcInstance:
            return v
        if type(v) is GClass and EXC.BaseException in v.mro:
            return ExcInstance(v, ())
        raise TypeError(message)

    def _subscript(self, obj, key):
        if type(obj) is Instance:
            return Redirect(attrs.PRELUDE["_getitem"], (obj, key))
        getitem = getattr(obj, "METHODS", None) if isinstance(obj, NativeObject) else None
        if getitem and "__getitem__" in getitem:  # a stdlib object that supports obj[key] (re.Match)
            return getitem["__getitem__"](obj, key)
        if type(obj) is GClass and obj.user:
            hook = obj.lookup("__class_getitem__")
            if type(hook) is ClassMethod:
                return Redirect(hook.func, (obj, key))
        raise TypeError(f"'{type_name(obj)}' object is not subscriptable")

    def _awaitable(self, v):
        """What `await v` delegates to when v is not a coroutine (a Redirect to guest code), or an error."""
        t = type(v)
        if t is HostFuture:
            if v.awaited:
                raise RuntimeError("cannot reuse already awaited coroutine")
            v.awaited = True
            return Redirect(attrs.PRELUDE["_await_host"], (v.call_id,))
        if t is Instance:
            from .classes import special

            if special(v, "__await__") is not None:
                return Redirect(attrs.PRELUDE["_await_guest"], (v,))
        host = self.host_value
        if host is not None and host[0] is v:
            raise TypeError(f"host function '{host[1]}' is not async, so its result cannot be awaited: "
                            f"call it without 'await'")
        raise TypeError(f"object {type_name(v)} can't be used in 'await' expression")

    def _unpack(self, seq, n):
        items = seq if type(seq) is _list else list(islice(seq, n + 1))
        if len(items) < n:
            raise ValueError(f"not enough values to unpack (expected {n}, got {len(items)})")
        if len(items) > n:
            raise ValueError(f"too many values to unpack (expected {n})")
        return items

    def _unpack_ex(self, seq, before, after):
        items = list(costs.consumable(seq))
        if len(items) < before + after:
            raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
        middle = items[before:len(items) - after]
        return items[:before] + [middle] + items[len(items) - after:]

    def _materialize(self, lazy):
        """Push a guest call turning a lazy iterable into a list; the current instruction runs again."""
        from .attrs import PRELUDE

        if type(lazy) is not Generator and not _guest_iterable(lazy):
            raise TypeError(f"cannot unpack non-iterable {type_name(lazy)} object")
        return self.call(PRELUDE["_listify"], [lazy], None)

    def _not_iterable_after_star(self, v, stack, depth, in_call):
        if in_call:  # the iterable is still on the stack, above the list, above the callable
            fn = stack[-depth - 2]
            raise TypeError(f"{_function_str(fn)} argument after * must be an iterable, not {type_name(v)}")
        raise TypeError(f"Value after * must be an iterable, not {type_name(v)}")

    def _merge_mapping(self, stack, depth, mapping, in_call):
        """Push the prelude's merge of a mapping that is not a dict (`{**m}`, `f(**m)`) into the dict being
        built; it gives {} back, and the instruction runs again with it."""
        fname = _function_str(stack[-depth - 2]) if in_call else None
        return self.call(attrs.PRELUDE["_merge_mapping"], [stack[-depth], mapping, fname], None)

    def _dict_merge(self, stack, depth, mapping):
        target = stack[-depth]
        fn = stack[-depth - 2]
        if type(mapping) is not _dict and not isinstance(mapping, _dict):  # (Counter, OrderedDict...)
            raise TypeError(f"{_function_str(fn)} argument after ** must be a mapping, not {type_name(mapping)}")
        for k, v in mapping.items():
            if type(k) is not _str:
                raise TypeError("keywords must be strings")
            if k in target:
                raise TypeError(f"{_function_str(fn)} got multiple values for keyword argument '{k}'")
            target[k] = v

    def _import(self, name: str):
        """`import a.b.c`: the top-level module `a`, with each submodule set as an attribute of its
        parent (the statement then walks down with IMPORT_FROM where it needs the submodule)."""
        parts = name.split(".")
        top = parent = None
        for i in range(len(parts)):
            module = self._load_module(".".join(parts[:i + 1]))
            if parent is not None:
                parent.attrs[parts[i]] = module
            else:
                top = module
            parent = module
        return top

    def _load_module(self, name: str):
        module = self.modules.get(name)
        if module is not None:
            return module
        factory = MODULE_FACTORIES.get(name) or stdlib.native_factory(name)
        if factory is not None:
            module = self.modules[name] = factory()
            return module
        code = stdlib.guest_code(name)
        if code is None:
            raise ModuleNotFoundError(f"No module named '{name}'")
        module = self.modules[name] = Module(name, {"__name__": name})
        stdlib_helpers.install(module.attrs)
        try:
            self.nested_call(Function(code, module.attrs), ())
        except BaseException:
            del self.modules[name]
            raise
        return module

    def _import_from(self, module, name):
        if type(module) is Module:
            try:
                return module.attrs[name]
            except KeyError:
                raise ImportError(f"cannot import name '{name}' from '{module.name}' (unknown location)") from None
        return attrs.load_attr(module, name)


_RETURN = [(O.RETURN_VALUE, 0)]  # finishes a frame the compiled tier ran (its value is on the stack)


def _index_subscript(obj, key, error: TypeError):
    """seq[instance]: the instance's __index__ (a guest call), or CPython's error naming its class."""
    from .classes import special

    if special(key, "__index__") is not None:
        return Redirect(attrs.PRELUDE["_subscript_index"], (obj, key))
    text = str(error)
    name = type_name(key)
    return _raise_type_error(text.replace("not 'object'", f"not '{name}'").replace("not object", f"not {name}"))


def _raise_type_error(message):
    raise TypeError(message)


def _guest_iterable(v) -> bool:
    """An instance whose class makes it iterable (__iter__, or the old __getitem__ protocol)."""
    if type(v) is not Instance:
        return False
    from .classes import class_special

    return class_special(v.cls, "__iter__") is not None or class_special(v.cls, "__getitem__") is not None


def yield_from_target(gen: Generator):
    """The subiterator a suspended generator is delegating to with `yield from`, or None."""
    f = gen.frame
    if f is None or not gen.started or gen.finished or f.pc < 2 or not f.stack:
        return None
    instrs = f.code.instrs
    if instrs[f.pc - 1][0] == 87 and instrs[f.pc - 2][0] == 79:  # YIELD_VALUE after SEND
        return f.stack[-1]
    return None


def _match_pattern(vm, pattern, subject, values):
    from .matching import BadPattern, match

    if type(pattern) is not tuple or len(pattern) != 2 or type(pattern[1]) is not int or type(values) is not tuple:
        raise SystemError("bad bytecode: malformed match pattern")
    try:
        return match(vm, pattern[0], subject, values, pattern[1])
    except (BadPattern, IndexError) as e:
        raise SystemError(f"bad bytecode: {e}") from None


def _with_methods(mgr, is_async=False):
    """(bound __exit__, bound __enter__) of a context manager (__aexit__/__aenter__ for `async with`),
    with CPython 3.11's errors."""
    from .classes import special

    enter_name, exit_name = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
    protocol = "asynchronous context manager" if is_async else "context manager"
    enter = special(mgr, enter_name)
    if enter is None:
        raise TypeError(f"'{type_name(mgr)}' object does not support the {protocol} protocol")
    exit_ = special(mgr, exit_name)
    if exit_ is None:
        raise TypeError(f"'{type_name(mgr)}' object does not support the {protocol} protocol "
                        f"(missed {exit_name} method)")
    return exit_, enter


def _async_iter(v):
    from .classes import special

    method = special(v, "__aiter__")
    if method is None:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got {type_name(v)}")
    return Redirect(method, ())


def _async_next(v):
    from .classes import special

    method = special(v, "__anext__")
    if method is None:
        raise TypeError(f"'async for' requires an iterator with __anext__ method, got {type_name(v)}")
    return Redirect(method, ())


def _guest(r, pop):
    """`r`, unless it is a Redirect to guest code: then the instruction becomes a guest call, with `pop`
    operands still to remove from the stack."""
    if type(r) is Redirect:
        raise _GuestCall(r, pop)
    return r


def _compare_jump(r, target):
    """A compare-and-jump whose comparison is guest code: run it (as a bool) and jump afterwards."""
    from .attrs import PRELUDE

    raise _GuestCall(Redirect(PRELUDE["_compare_bool"], r.args), 0, ("jump_if_false", target))


def _function_str(fn) -> str:
    t = type(fn)
    if t is Function:
        return f"__main__.{fn.qualname}()"
    if t is Builtin:
        return f"{fn.name}()"
    if t is type:
        return f"{fn.__name__}()"
    if t is BoundMethod:
        return _function_str(fn.func)
    return f"{type_name(fn)} object"


from . import compiled as _compiled  # noqa: E402  (the compiled tier uses this module's names)

_tier_enter = _compiled.enter
_compiled.bind_vm(__import__("sys").modules[__name__])
