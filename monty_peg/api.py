"""The public API: programs (`Monty`), runs, iterative execution with pauses at host calls, and dumps.

`run()` executes to completion, calling host functions directly. `start()` executes until the first host
call (or the read of a name nobody defined) and returns a snapshot describing it; `snapshot.resume(...)`
answers it and runs to the next pause or to completion (`MontyComplete`). Programs and snapshots dump to
bytes and load back, in this process or another.
"""

from __future__ import annotations

import inspect
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from monty_peg.runtime import builtins as rt_builtins
from monty_peg.runtime import compiled as compiled_tier
from monty_peg.runtime import snapshot as codec
from monty_peg.runtime import stdlib
from monty_peg.runtime.attrs import PRELUDE
from monty_peg.runtime.limits import ResourceLimits, Tracker
from monty_peg.runtime.traceback import format_exception, safe_exception_str, stack_entries
from monty_peg.runtime.values import (EXC, MISSING, Builtin, ExcInstance, ExternalFunction, HostFuture,
                                      is_lazy)
from monty_peg.runtime.vm import PAUSE, VM, GuestError

from . import prelude
from .source import MAX_SOURCE_CHARS, normalize_source
from .convert import to_guest, to_host
from .errors import MontyError, MontyInputError, MontyRuntimeError, MontySnapshotError, StackFrame

OutputCallback = Callable[[str, str], None]


def _load_prelude():
    """Compile and run the prelude (once per process, on first use); its functions serve every run."""
    code = _compile_prelude()
    from monty_peg.runtime import classes, ops

    globals_ = {
        "__name__": "<prelude>",
        "_MISSING": MISSING,
        "_is_lazy": Builtin("_is_lazy", is_lazy),
        "_sort_by_keys": Builtin("_sort_by_keys", prelude._sort_by_keys),
    }
    for name, fn in {**classes.PRELUDE_HELPERS, **ops.PRELUDE_HELPERS}.items():
        globals_[name] = Builtin(name, fn)
    vm = VM(globals_, rt_builtins.shared_builtins(), Tracker(), lambda s, t: None)
    vm.push_module(code)
    vm.run()
    for name, value in globals_.items():
        if name.startswith("_") and not name.startswith("__"):
            PRELUDE[name] = value


PRELUDE.loader = _load_prelude


def _compile_prelude(precompiled: bool = True):
    """The prelude's module code: from the package's precompiled artifact when it matches, else compiled."""
    return _compile_guest_module(prelude.SOURCE, "<prelude>", precompiled=precompiled)


def _compile_guest_module(source: str, name: str, precompiled: bool = True):
    """A guest stdlib module's (or the prelude's) code, all of it hidden from tracebacks. Loaded from the
    precompiled artifact (runtime/stdlib/precompile.py) when it has an entry for exactly this source and
    this compiler; compiled from source otherwise."""
    from monty_peg.runtime.stdlib import precompile  # (imported here: `python -m` runs it as a script)

    filename = name if name == precompile.PRELUDE else f"<{name}>"
    if precompiled:
        code = precompile.load(name, source, normalize_source(source), filename)
        if code is not None:
            return code
    return mark_hidden(compile_source(source, filename, max_chars=None))  # trusted: no size limit


stdlib.compile_guest = _compile_guest_module


def compile_source(source: str, script_name: str = "main.py", max_chars: Optional[int] = MAX_SOURCE_CHARS):
    """monty_peg/compiler.py's, imported on the first compile: a host that only loads dumps (or finds its
    programs in the cache) never loads the parser."""
    from .compiler import compile_source as compile_

    return compile_(source, script_name, max_chars)


def mark_hidden(code):
    from .compiler import mark_hidden as mark

    return mark(code)


def _default_output(stream: str, text: str):
    (sys.stderr if stream == "stderr" else sys.stdout).write(text)


class CollectStreams:
    """A print callback that keeps what the program printed: `collected` is `[(stream, text), ...]`."""

    def __init__(self):
        self.collected: List[Tuple[str, str]] = []

    def __call__(self, stream: str, text: str):
        self.collected.append((stream, text))

    @property
    def stdout(self) -> str:
        return "".join(t for s, t in self.collected if s == "stdout")

    @property
    def stderr(self) -> str:
        return "".join(t for s, t in self.collected if s == "stderr")


# ---------------------------------------------------------------- programs


class Monty:
    """A compiled guest program.

    `Monty(code, inputs=["x"], external_functions=["fetch"])` compiles now (raising `MontySyntaxError`);
    `run()` executes to completion and returns the value of the last expression statement; `start()`
    executes until the first host call and returns a `FunctionSnapshot`. `type_check=True` also checks
    the program with Astral's ty against `type_check_stubs` (stub text declaring the inputs and host
    functions), raising `MontyTypingError` (see `monty_peg.typecheck`). A source longer than
    `max_source_chars` characters (default 50 000; None for no limit) is refused with `MontySyntaxError`
    before it is parsed: compiling costs time and memory in proportion to the source.
    """

    def __init__(self, code: str, *, script_name: str = "main.py", inputs: Iterable[str] = (),
                 external_functions: Iterable[str] = (), type_check: bool = False,
                 type_check_stubs: Optional[str] = None, max_source_chars: Optional[int] = MAX_SOURCE_CHARS,
                 tier: Optional[str] = None):
        if tier is not None:  # 'interp' | 'compiled' | 'auto' (default: $MONTY_TIER, else 'auto')
            self._tier = compiled_tier.mode_of(tier)
        if max_source_chars is not None and (type(max_source_chars) is not int or max_source_chars < 0):
            raise ValueError("max_source_chars must be a non-negative int or None")
        self.source = code
        self.script_name = script_name
        self.inputs = tuple(inputs)
        self.external_functions = tuple(external_functions)
        self.code = _compile_cached(code, script_name, max_source_chars)
        self._dumped: Optional[bytes] = None
        if type_check:  # ty, against the host's stubs: MontyTypingError names the program's own lines
            from .typecheck import check_types

            check_types(code, type_check_stubs, script_name=script_name, inputs=self.inputs,
                        external_functions=self.external_functions)

    _tier = None  # the compiled tier's mode for this program's runs (None: the process default)

    def __repr__(self):
        return f"Monty(<{len(self.source)} chars>, script_name={self.script_name!r})"

    # ---------------------------------------------------------------- running

    def run(self, inputs: Optional[Dict[str, Any]] = None, *,
            external_functions: Optional[Dict[str, Callable]] = None, limits=None,
            print_callback: Optional[OutputCallback] = None, random_seed=None):
        """Run to completion; host functions are called as the program calls them. If any of them is
        async, this runs `run_monty_async` on a new event loop (from async code, await that instead).
        `random_seed` (an int, str or bytes) makes `random`, `uuid4` and `SystemRandom` deterministic
        for the run; without it they draw from os.urandom."""
        hosts = dict(external_functions or {})
        unknown = [n for n in hosts if n not in self.external_functions]
        if unknown:
            raise MontyInputError(f"external function(s) not declared: {', '.join(unknown)}")
        if any(inspect.iscoroutinefunction(fn) for fn in hosts.values()):
            import asyncio

            try:
                asyncio.get_running_loop()
            except RuntimeError:
                return asyncio.run(run_monty_async(self, inputs, external_functions=hosts, limits=limits,
                                                   print_callback=print_callback, random_seed=random_seed))
            raise MontyError("async host functions inside a running event loop: use "
                             "`await monty_peg.run_monty_async(...)` (or `await program.run_async(...)`)")
        tracker = Tracker(ResourceLimits.coerce(limits))
        vm = VM(self._globals(inputs), rt_builtins.shared_builtins(), tracker,
                print_callback or _default_output, _host_caller(hosts))
        vm.random_seed = _random_seed(random_seed)
        if self._tier is not None:
            vm.tier = self._tier
        vm.push_module(self.code)
        try:
            result = vm.run()
        except GuestError as e:
            raise runtime_error(e) from None
        return to_host(result, finished=True)

    async def run_async(self, inputs: Optional[Dict[str, Any]] = None, *,
                        external_functions: Optional[Dict[str, Callable]] = None, limits=None,
                        print_callback: Optional[OutputCallback] = None, random_seed=None):
        """`await run_monty_async(self, ...)`."""
        return await run_monty_async(self, inputs, external_functions=external_functions, limits=limits,
                                     print_callback=print_callback, random_seed=random_seed)

    def start(self, inputs: Optional[Dict[str, Any]] = None, *, limits=None,
              print_callback: Optional[OutputCallback] = None, random_seed=None):
        """Run until the first host call or unknown name: a `FunctionSnapshot` / `NameLookupSnapshot`,
        or `MontyComplete` if the program finished without one. `random_seed`: as for `run()` (a paused
        run keeps its generators' states in its dumps)."""
        tracker = Tracker(ResourceLimits.coerce(limits))
        vm = VM(self._globals(inputs), rt_builtins.shared_builtins(), tracker,
                print_callback or _default_output, _pause_at_host_call)
        vm.random_seed = _random_seed(random_seed)
        vm.lookup_names = True
        if self._tier is not None:
            vm.tier = self._tier
        vm.push_module(self.code)
        return _advance(_Execution(self, vm))

    def _globals(self, inputs: Optional[Dict[str, Any]]) -> dict:
        inputs = dict(inputs or {})
        missing = [n for n in self.inputs if n not in inputs]
        unexpected = [n for n in inputs if n not in self.inputs]
        if missing:
            raise MontyInputError(f"missing input(s): {', '.join(missing)}")
        if unexpected:
            raise MontyInputError(f"unexpected input(s): {', '.join(unexpected)} "
                                  f"(declared: {', '.join(self.inputs) or 'none'})")
        g = {"__name__": "__main__", "__doc__": self.code.docstring}
        for name in self.inputs:
            g[name] = to_guest(inputs[name], f"inputs[{name!r}]", MontyInputError)
        for name in self.external_functions:
            g[name] = ExternalFunction(name)
        return g

    # ---------------------------------------------------------------- bytes

    def _meta(self) -> dict:
        return {"script_name": self.script_name, "inputs": list(self.inputs),
                "external_functions": list(self.external_functions)}

    def dump(self) -> bytes:
        """The compiled program as bytes; `Monty.load` restores it without parsing again."""
        if self._dumped is None:
            self._dumped = codec.dump_program(self.code, self._meta())
        return self._dumped

    @classmethod
    def load(cls, data: bytes) -> "Monty":
        code, meta, _codes = _guarded_load(codec.load_program, data)
        program = cls._from_parts(code, meta)
        program._dumped = bytes(data)
        return program

    @classmethod
    def _from_parts(cls, code, meta) -> "Monty":
        program = cls.__new__(cls)
        try:
            program.source = code.source.text
            program.script_name = str(meta["script_name"])
            program.inputs = tuple(meta["inputs"])  # (names: `load_program` checked them)
            program.external_functions = tuple(meta["external_functions"])
        except (KeyError, TypeError) as e:
            raise MontySnapshotError(f"invalid dump: bad program metadata ({e})") from None
        program.code = code
        program._dumped = None
        return program


# ---------------------------------------------------------------- executions and their states


class _Execution:
    """A program's execution in progress: its VM (frames, heap, budgets) between pauses."""

    __slots__ = ("program", "vm")

    def __init__(self, program: Monty, vm: VM):
        self.program = program
        self.vm = vm

    def dump(self) -> bytes:
        vm = self.vm
        try:
            return codec.dump_execution(self.program.dump(), self.program.code, vm, vm.tracker, {})
        except (ValueError, TypeError, OverflowError) as e:
            raise MontySnapshotError(f"cannot dump this execution: {e}") from None

    @classmethod
    def load(cls, data: bytes, limits: Optional[ResourceLimits] = None) -> "_Execution":
        """`limits`: the host's, or None for the ones saved in the bytes, each no looser than the default
        (`codec.untrusted_limits`)."""
        code, meta, state, program_bytes = _guarded_load(codec.load_execution, data, _loaded_vm, limits)
        program = Monty._from_parts(code, meta)
        program._dumped = program_bytes
        vm = state["vm"]
        vm.globals = state["globals"]
        vm.frames = state["frames"]
        vm.modules = state["modules"]
        vm.exc_info = state["exc_info"]
        vm.pending = state["pending"]
        vm.next_call_id = state["next_call_id"]
        vm.lookup_names = state["lookup_names"]
        return cls(program, vm)


def _loaded_vm(tracker) -> VM:
    """The VM a loaded execution resumes in."""
    return VM({}, rt_builtins.shared_builtins(), tracker, _default_output, _pause_at_host_call)


def _guarded_load(loader, data, *args):
    try:
        return loader(data, *args)
    except codec.SnapshotInvalid as e:
        raise MontySnapshotError(f"invalid dump: {e}") from None
    except MontyError:
        raise
    except Exception as e:  # anything else malformed input provokes is still a bad dump
        raise MontySnapshotError(f"invalid dump: {type(e).__name__}: {e}") from None


def _throw(vm: VM, error: BaseException):
    """Raise `error` in the guest where it paused; an uncaught one ends the execution."""
    try:
        vm.throw(vm.from_native(error))
    except GuestError as e:
        raise runtime_error(e) from None


def _pause_at_host_call(vm, name, args, kwargs):
    vm.pending = ("call", name, tuple(args), dict(kwargs))
    return PAUSE


def _advance(execution: _Execution):
    vm = execution.vm
    try:
        result = vm.run()
    except GuestError as e:
        raise runtime_error(e) from None
    if result is not PAUSE:
        return MontyComplete(to_host(result, finished=True))
    kind, name, args, kwargs = vm.pending
    if kind == "lookup":
        return NameLookupSnapshot(execution, name)
    if kind == "futures":
        return FutureSnapshot(execution, args)
    call_id = vm.next_call_id
    vm.next_call_id += 1
    return FunctionSnapshot(execution, name, args, kwargs, call_id)


class _Paused:
    """What pause snapshots share: resuming, forking, dumping and loading."""

    def __init__(self, execution: _Execution):
        self._execution: Optional[_Execution] = execution
        frame = execution.vm.frames[-1]
        line, col, end_line, end_col, _ = frame.code.position(frame.pc - 1)
        self.script_name = frame.code.filename
        self.line, self.column, self.end_line, self.end_column = line, col + 1, end_line, end_col + 1

    def _take(self, print_callback, limits) -> _Execution:
        execution = self._execution
        if execution is None:
            raise MontyError("this snapshot was already resumed; use .fork() (or dump() and load()) to "
                             "resume the same point more than once")
        self._execution = None
        vm = execution.vm
        if print_callback is not None:
            vm.output = print_callback
        if limits is not None:  # the host's limits replace the ones saved with the snapshot
            vm.tracker.limits = ResourceLimits.coerce(limits)
            vm.max_depth = vm.tracker.limits.max_recursion_depth
        vm.pending = None
        return execution

    def fork(self):
        """An independent copy of this paused execution (the original stays resumable), with the same
        limits (the bytes of a fork never leave the process, so its limits need not be distrusted)."""
        data = self.dump()
        return type(self).load(data, limits=self._execution.vm.tracker.limits)

    def dump(self) -> bytes:
        if self._execution is None:
            raise MontyError("this snapshot was already resumed and has nothing left to dump")
        return self._execution.dump()

    @classmethod
    def load(cls, data: bytes, *, limits=None):
        """The paused execution in `data` (untrusted bytes). Its limits are `limits` when given (a dict or
        `ResourceLimits`, as for `resume`); otherwise the ones saved in the bytes, each no looser than its
        default, since whoever could change the bytes could change them. They also bound loading itself:
        a heap that needs more than the memory limit is refused. `resume(limits=...)` replaces them."""
        execution = _Execution.load(data, None if limits is None else ResourceLimits.coerce(limits))
        pending = execution.vm.pending
        if pending is None:
            raise MontySnapshotError("invalid dump: the snapshot is not paused")
        kind, name, args, kwargs = pending
        if kind == "lookup":
            snap = NameLookupSnapshot(execution, name)
        elif kind == "futures":
            snap = FutureSnapshot(execution, args)
        else:
            snap = FunctionSnapshot(execution, name, args, kwargs, execution.vm.next_call_id - 1)
        if not isinstance(snap, cls):
            raise MontySnapshotError(f"invalid dump: this is a {type(snap).__name__}, not a {cls.__name__}")
        return snap


class FunctionSnapshot(_Paused):
    """Execution paused at a call of the host function `function_name` with `args` and `kwargs` (host
    copies of the guest's values). `resume(return_value=...)` or `resume(exception=...)` answers it."""

    def __init__(self, execution: _Execution, name: str, args, kwargs, call_id: int):
        super().__init__(execution)
        self.function_name = name
        self.args = tuple(map(to_host, args))
        self.kwargs = {k: to_host(v) for k, v in kwargs.items()} if kwargs else {}
        self.call_id = call_id
        execution.vm.pending = ("call", name, tuple(args), dict(kwargs))

    def __repr__(self):
        return (f"FunctionSnapshot({self.function_name}(*{self.args!r}, **{self.kwargs!r}), "
                f"call_id={self.call_id}, line={self.line})")

    def resume(self, return_value: Any = None, *, exception: Optional[BaseException] = None,
               future: bool = False, print_callback: Optional[OutputCallback] = None, limits=None):
        """Answer the call and run on. `limits` (optional) replaces the execution's limits. Without it, a
        snapshot from `start()`/`resume()` keeps the limits it was started with, and a loaded one has the
        limits saved in its bytes, each no looser than the default (see `load`).

        `future=True` answers "pending": the guest gets an awaitable for the call (as from an async host
        function), and once every guest task waits on pending calls the run pauses with a
        `FutureSnapshot` whose `resume(results={call_id: value})` settles them."""
        execution = self._take(print_callback, limits)
        vm = execution.vm
        if future:
            if exception is not None or return_value is not None:
                raise MontyError("resume(future=True) takes no return value or exception")
            vm.resume_value(HostFuture(self.call_id, self.function_name))
        elif exception is not None:
            _throw(vm, _host_exception(exception))
        else:
            try:
                value = to_guest(return_value, f"return value of {self.function_name}()", TypeError)
            except TypeError as e:
                _throw(vm, e)
            else:
                vm.host_value = (value, self.function_name)
                vm.resume_value(value)
        return _advance(execution)


MontySnapshot = FunctionSnapshot


class FutureSnapshot(_Paused):
    """Every guest task is waiting on host calls that were answered `future=True`: `pending_call_ids`
    lists them. `resume(results={call_id: value, ...})` settles some or all (an exception instance as
    the value raises it where the guest awaits that call) and runs on."""

    def __init__(self, execution: _Execution, call_ids):
        super().__init__(execution)
        self.pending_call_ids = list(call_ids)
        execution.vm.pending = ("futures", "", tuple(call_ids), {})

    def __repr__(self):
        return f"FutureSnapshot(pending_call_ids={self.pending_call_ids!r})"

    def resume(self, results: Optional[Dict[int, Any]] = None, *,
               print_callback: Optional[OutputCallback] = None, limits=None):
        results = dict(results or {})
        unknown = [i for i in results if i not in self.pending_call_ids]
        if unknown:
            raise MontyError(f"not pending: call id(s) {unknown!r} (pending: {self.pending_call_ids!r})")
        execution = self._take(print_callback, limits)
        vm = execution.vm
        try:
            settled = _settled_results(vm, results)
        except TypeError as e:
            _throw(vm, e)
        else:
            vm.resume_value(settled)
        return _advance(execution)


def _settled_results(vm, results: Dict[int, Any]) -> dict:
    """{call_id: (True, guest value) or (False, guest exception)} for the guest's event loop."""
    settled = {}
    for call_id, value in results.items():
        if isinstance(value, BaseException):
            settled[call_id] = (False, vm.from_native(_host_exception(value)))
        else:
            settled[call_id] = (True, to_guest(value, f"result of host call {call_id}", TypeError))
    return settled


class NameLookupSnapshot(_Paused):
    """Execution paused reading `variable_name`, which nothing defined: `resume(value)` supplies it (and
    binds it as a global for later reads); `resume()` without a value raises the guest's NameError."""

    def __init__(self, execution: _Execution, name: str):
        super().__init__(execution)
        self.variable_name = name
        execution.vm.pending = ("lookup", name, (), {})

    def __repr__(self):
        return f"NameLookupSnapshot({self.variable_name!r}, line={self.line})"

    def resume(self, value: Any = MISSING, *, print_callback: Optional[OutputCallback] = None, limits=None):
        execution = self._take(print_callback, limits)
        vm = execution.vm
        if value is MISSING:
            _throw(vm, NameError(f"name '{self.variable_name}' is not defined"))
        else:
            try:
                guest = to_guest(value, f"value of {self.variable_name}", TypeError)
            except TypeError as e:
                _throw(vm, e)
            else:
                vm.frames[-1].globals[self.variable_name] = guest
                vm.resume_value(guest)
        return _advance(execution)


class MontyComplete:
    """The program finished; `output` is the value of its last expression statement (or None)."""

    __slots__ = ("output",)

    def __init__(self, output):
        self.output = output

    def __repr__(self):
        return f"MontyComplete(output={self.output!r})"


for _cls in (FunctionSnapshot, NameLookupSnapshot, MontyComplete, CollectStreams, Monty):
    _cls.__module__ = "monty_peg"

# ---------------------------------------------------------------- host functions in run()


_SCALARS = frozenset({type(None), bool, int, float, str, bytes})


_COMPILED: Dict[Tuple[str, str, Optional[int]], Any] = {}  # (source, script name, size limit) -> Code
_COMPILED_MAX = 128


def _compile_cached(source: str, script_name: str, max_chars: Optional[int] = MAX_SOURCE_CHARS):
    """Programs are compiled once per distinct source and script name: an agent loop that builds the same
    program again pays no parse. Code objects are never changed by running them, so sharing is safe."""
    if not isinstance(source, str) or not isinstance(script_name, str):
        return compile_source(source, script_name, max_chars)
    key = (source, script_name, max_chars)
    code = _COMPILED.get(key)
    if code is None:
        code = compile_source(source, script_name, max_chars)
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = code
    return code


def _random_seed(seed):
    """The host's seed for a run's random sources (see runtime/stdlib/native/_random.py), checked."""
    if seed is None or type(seed) in (int, str, bytes):
        return seed
    raise MontyInputError(f"random_seed must be an int, str or bytes, not {type(seed).__name__}")


async def run_monty_async(program: "Monty", inputs: Optional[Dict[str, Any]] = None, *,
                          external_functions: Optional[Dict[str, Callable]] = None, limits=None,
                          print_callback: Optional[OutputCallback] = None, random_seed=None):
    """Run `program` to completion on the host's event loop. Host functions may be coroutine functions:
    a call gives the guest an awaitable at once and runs on the host loop, so host calls the guest
    gathers overlap. Synchronous host functions are called as in `run()`."""
    import asyncio

    hosts = dict(external_functions or {})
    unknown = [n for n in hosts if n not in program.external_functions]
    if unknown:
        raise MontyInputError(f"external function(s) not declared: {', '.join(unknown)}")
    tracker = Tracker(ResourceLimits.coerce(limits))
    vm = VM(program._globals(inputs), rt_builtins.shared_builtins(), tracker, print_callback or _default_output,
            _pause_at_host_call)
    vm.random_seed = _random_seed(random_seed)
    if program._tier is not None:
        vm.tier = program._tier
    vm.push_module(program.code)
    running: Dict[int, "asyncio.Future"] = {}
    try:
        while True:
            try:
                result = vm.run()
            except GuestError as e:
                raise runtime_error(e) from None
            if result is not PAUSE:
                return to_host(result, finished=True)
            kind, name, args, kwargs = vm.pending
            vm.pending = None
            if kind == "futures":
                waiting = [running[i] for i in args if i in running]
                if not waiting:
                    raise MontyError(f"the program waits for host calls {list(args)!r} that are not running")
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                done = {i: running.pop(i) for i in list(args) if i in running and running[i].done()}
                results = {i: (task.exception() if task.exception() is not None else task.result())
                           for i, task in done.items()}
                try:
                    settled = _settled_results(vm, results)
                except TypeError as e:
                    _throw(vm, e)
                else:
                    vm.resume_value(settled)
                continue
            call_id = vm.next_call_id
            vm.next_call_id += 1
            fn = hosts.get(name)
            if fn is None:
                _throw(vm, NameError(f"host function '{name}' was declared but not provided"))
                continue
            host_args = [to_host(a) for a in args]
            host_kwargs = {k: to_host(v) for k, v in kwargs.items()}
            try:
                value = fn(*host_args, **host_kwargs)
            except Exception as e:  # the host's error is raised in the guest as the same builtin type
                _throw(vm, _host_exception(e))
                continue
            if inspect.isawaitable(value):
                running[call_id] = asyncio.ensure_future(value)
                vm.resume_value(HostFuture(call_id, name))
                continue
            try:
                guest = to_guest(value, f"return value of {name}()", TypeError)
            except TypeError as e:
                _throw(vm, e)
            else:
                vm.host_value = (guest, name)
                vm.resume_value(guest)
    finally:
        for task in running.values():
            task.cancel()


def _host_caller(hosts: Dict[str, Callable]):
    def call(vm, name, args, kwargs):
        fn = hosts.get(name)
        if fn is None:
            raise NameError(f"host function '{name}' was declared but not provided")
        host_args = [a if type(a) in _SCALARS else to_host(a) for a in args]
        tracker = vm.tracker
        tracker.pause()  # time spent in the host does not count against the guest
        try:
            if kwargs:
                value = fn(*host_args, **{k: to_host(v) for k, v in kwargs.items()})
            else:
                value = fn(*host_args)
        except Exception as e:  # the host's error is raised in the guest as the same builtin type
            raise _host_exception(e) from None
        finally:
            tracker.begin()
        if type(value) not in _SCALARS:
            value = to_guest(value, "return value of " + name + "()", TypeError)
        vm.host_value = (value, name)
        return value
    return call


_PLAIN_ARGS = frozenset({type(None), bool, int, float, str, bytes})


def _host_exception(e: BaseException) -> BaseException:
    """A fresh exception of the nearest builtin type with the same arguments (or message): none of the
    host's frames, traceback or attributes travel with it."""
    args = e.args if all(type(a) in _PLAIN_ARGS for a in e.args) else None
    for klass in type(e).__mro__:
        if klass in EXC.by_native:
            try:
                return klass(*args) if args is not None else klass(_safe_str(e))
            except Exception:  # noqa: BLE001 - exotic constructors: fall back below
                break
    return RuntimeError(f"{type(e).__name__}: {_safe_str(e)}")


def _safe_str(e: BaseException) -> str:
    try:
        return str(e)
    except Exception:  # noqa: BLE001 - a host exception whose __str__ fails
        return f"<{type(e).__name__} with an unprintable message>"


def runtime_error(e: GuestError) -> MontyRuntimeError:
    exc: ExcInstance = e.exc
    frames = [StackFrame(filename, line, col + 1, end_line, end_col + 1, name, text.strip() if text else None)
              for filename, line, col, end_line, end_col, name, text in stack_entries(exc)]
    message = safe_exception_str(exc)
    args = tuple(exc.args) if all(_plain(a) for a in exc.args) else (message,)
    return MontyRuntimeError(exc.cls.name, message, frames, format_exception(exc), e.limit, args)


def _plain(v) -> bool:
    return type(v) in (int, float, str, bytes, bool, type(None))
