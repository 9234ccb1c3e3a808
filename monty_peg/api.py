"""The public API: `Monty` programs, runs, and the conversions at the host boundary."""

from __future__ import annotations

import sys
from typing import Any, Callable, Dict, Iterable, Optional

from monty_peg.runtime import builtins as rt_builtins
from monty_peg.runtime.attrs import PRELUDE
from monty_peg.runtime.limits import ResourceLimits, Tracker
from monty_peg.runtime.traceback import format_exception, stack_entries
from monty_peg.runtime.values import (EXC, MISSING, Builtin, ExcInstance, ExternalFunction, is_lazy)
from monty_peg.runtime.vm import VM, GuestError

from . import prelude
from .compiler import compile_source, mark_hidden
from .convert import to_guest, to_host
from .errors import MontyInputError, MontyRuntimeError, StackFrame

def _load_prelude():
    """Compile and run the prelude (once per process, on first use); its functions serve every run."""
    code = mark_hidden(compile_source(prelude.SOURCE, "<prelude>"))
    globals_ = {
        "__name__": "<prelude>",
        "_MISSING": MISSING,
        "_is_lazy": Builtin("_is_lazy", is_lazy),
        "_sort_by_keys": Builtin("_sort_by_keys", prelude._sort_by_keys),
    }
    vm = VM(globals_, rt_builtins.shared_builtins(), Tracker(), lambda s, t: None)
    vm.push_module(code)
    vm.run()
    for name, value in globals_.items():
        if name.startswith("_") and not name.startswith("__"):
            PRELUDE[name] = value


PRELUDE.loader = _load_prelude


def _default_output(stream: str, text: str):
    (sys.stderr if stream == "stderr" else sys.stdout).write(text)


class Monty:
    """A compiled guest program.

    `Monty(code, inputs=["x"], external_functions=["fetch"])` compiles now (raising `MontySyntaxError`);
    `run()` executes it to completion and returns the value of its last expression statement.
    """

    def __init__(self, code: str, *, script_name: str = "main.py", inputs: Iterable[str] = (),
                 external_functions: Iterable[str] = (), type_check: bool = False,
                 type_check_stubs: Optional[str] = None):
        self.source = code
        self.script_name = script_name
        self.inputs = tuple(inputs)
        self.external_functions = tuple(external_functions)
        self.code = compile_source(code, script_name)

    def __repr__(self):
        return f"Monty(<{len(self.source)} chars>, script_name={self.script_name!r})"

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

    def run(self, inputs: Optional[Dict[str, Any]] = None, *,
            external_functions: Optional[Dict[str, Callable]] = None, limits=None,
            print_callback: Optional[Callable[[str, str], None]] = None):
        hosts = dict(external_functions or {})
        unknown = [n for n in hosts if n not in self.external_functions]
        if unknown:
            raise MontyInputError(f"external function(s) not declared: {', '.join(unknown)}")
        tracker = Tracker(ResourceLimits.coerce(limits))
        vm = VM(self._globals(inputs), rt_builtins.shared_builtins(), tracker,
                print_callback or _default_output, _host_caller(hosts))
        vm.push_module(self.code)
        try:
            result = vm.run()
        except GuestError as e:
            raise runtime_error(e) from None
        return to_host(result)


def _host_caller(hosts: Dict[str, Callable]):
    def call(vm, name, args, kwargs):
        fn = hosts.get(name)
        if fn is None:
            raise NameError(f"host function '{name}' was declared but not provided")
        host_args = [to_host(a) for a in args]
        host_kwargs = {k: to_host(v) for k, v in kwargs.items()}
        tracker = vm.tracker
        tracker.pause()
        try:
            value = fn(*host_args, **host_kwargs)
        except Exception as e:  # the host's error is raised in the guest as the same builtin type
            raise _host_exception(e) from None
        finally:
            tracker.begin()
        return to_guest(value, f"return value of {name}()", TypeError)
    return call


def _host_exception(e: BaseException) -> BaseException:
    for klass in type(e).__mro__:
        if klass in EXC.by_native:
            message = str(e)
            try:
                return klass(message)
            except Exception:
                break
    return RuntimeError(f"{type(e).__name__}: {e}")


def runtime_error(e: GuestError) -> MontyRuntimeError:
    exc: ExcInstance = e.exc
    frames = [StackFrame(filename, line, col + 1, end_line, end_col + 1, name, text.strip() if text else None)
              for filename, line, col, end_line, end_col, name, text in stack_entries(exc)]
    from monty_peg.runtime.values import exception_str

    args = tuple(to_host(a) for a in exc.args) if all(_plain(a) for a in exc.args) else ()
    return MontyRuntimeError(exc.cls.name, exception_str(exc), frames, format_exception(exc), e.limit, args)


def _plain(v) -> bool:
    return type(v) in (int, float, str, bytes, bool, type(None))
