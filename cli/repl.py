"""`monty-peg repl`: an interactive session in the sandbox.

State persists by keeping the program's globals between snippets: each accepted snippet is compiled as its
own module (named `<stdin>`, as CPython names interactive input) and run by a fresh VM over the same
globals dict and the same table of imported modules, with fresh limits. The alternative — re-running the
accumulated source for every new line — would repeat every earlier print and host-visible effect and
cost more with each line. What a snippet defines (functions, classes, imported modules, variables) is
simply there for the next one.

Input is read a logical snippet at a time, as CPython's REPL reads it: a line that compiles runs at once;
a line that opens a block (`def f():`, `if x:`, a decorator) or leaves a bracket or triple-quoted string
open continues with `... ` until the block ends with an empty line. The value of an expression statement
is echoed with the guest's own `repr` and kept in `_`. `exit`, `quit` or end of input (Ctrl-D) leaves;
Ctrl-C abandons the current input or stops a running snippet.
"""

from __future__ import annotations

import sys
from typing import Callable, Optional, TextIO

PS1, PS2 = ">>> ", "... "
_INCOMPLETE = ("was never closed", "unterminated triple-quoted string literal", "expected an indented block",
               "unexpected EOF while parsing")
_EXIT = frozenset({"exit", "quit", "exit()", "quit()"})


class Session:
    """The globals and the compiler/VM plumbing behind the REPL; `run(source)` runs one snippet."""

    def __init__(self, inputs: Optional[dict] = None, limits: Optional[dict] = None,
                 out: Optional[TextIO] = None, err: Optional[TextIO] = None):
        import monty_peg
        from monty_peg.convert import to_guest

        self.monty_peg = monty_peg
        self.limits = dict(limits or {})
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.globals = {"__name__": "__main__", "__doc__": None}
        for name, value in (inputs or {}).items():
            self.globals[name] = to_guest(value, f"inputs[{name!r}]", monty_peg.MontyInputError)
        self.modules: dict = {}
        self._repr_code = None

    def emit(self, stream: str, text: str) -> None:
        target = self.err if stream == "stderr" else self.out
        target.write(text)
        target.flush()

    def compile(self, source: str):
        from monty_peg.compiler import compile_source

        return compile_source(source, "<stdin>")

    def execute(self, code):
        """Run compiled module code over the session's globals; returns the guest value of its last
        expression statement. Raises MontyRuntimeError."""
        from monty_peg.api import runtime_error
        from monty_peg.runtime import builtins as rt_builtins
        from monty_peg.runtime.limits import ResourceLimits, Tracker
        from monty_peg.runtime.vm import VM, GuestError

        vm = VM(self.globals, rt_builtins.shared_builtins(), Tracker(ResourceLimits.coerce(self.limits)),
                self.emit, None)
        vm.modules = self.modules  # imported modules persist too (one `asyncio`, as in sys.modules)
        vm.push_module(code)
        try:
            return vm.run()
        except GuestError as e:
            raise runtime_error(e) from None

    def run(self, source: str) -> bool:
        """Compile and run one snippet, echoing an expression's value; False if it raised."""
        monty_peg = self.monty_peg
        try:
            code = self.compile(source)
            value = self.execute(code)
            if value is not None:
                self.globals["_"] = value
                if self._repr_code is None:
                    from monty_peg.compiler import compile_source, mark_hidden

                    self._repr_code = mark_hidden(compile_source("repr(_)", "<repl>"))
                text = self.execute(self._repr_code)
                self.out.write(f"{text}\n")
                self.out.flush()
            return True
        except monty_peg.MontySyntaxError as e:
            self._error(e.display())
        except monty_peg.MontyRuntimeError as e:
            self._error(e.traceback_text)
        return False

    def _error(self, text: str) -> None:
        self.out.flush()
        self.err.write(text if text.endswith("\n") else text + "\n")
        self.err.flush()

    def needs_more(self, lines: list) -> bool:
        """Whether the snippet read so far is unfinished (CPython's interactive rules): a block goes on
        until an empty line; otherwise a snippet is finished once it compiles, or fails to compile for
        a reason more input cannot fix."""
        first = lines[0].split("#", 1)[0].rstrip()
        last = lines[-1]
        if first.endswith(":") or first.lstrip().startswith("@") or self._in_block:
            self._in_block = bool(last.strip())
            return self._in_block
        if last.rstrip().endswith("\\"):
            return True
        try:
            self.compile("\n".join(lines) + "\n")
        except self.monty_peg.MontySyntaxError as e:
            if "expected an indented block" in e.msg:  # `def f(a,` + `b):` opened a block
                self._in_block = True
                return True
            return any(part in e.msg for part in _INCOMPLETE)
        return False

    _in_block = False

    def reset(self) -> None:
        self._in_block = False


def interact(session: Session, read: Callable[[str], str], banner: Optional[str] = None) -> int:
    """The read-eval-print loop. `read(prompt)` returns a line without its newline, raises EOFError at
    the end of input and KeyboardInterrupt on Ctrl-C."""
    if banner:
        session.err.write(banner + "\n")
        session.err.flush()
    lines: list = []
    while True:
        try:
            line = read(PS2 if lines else PS1)
        except EOFError:
            if lines:
                session.run("\n".join(lines) + "\n")
            if banner:
                session.err.write("\n")
            return 0
        except KeyboardInterrupt:
            session.err.write("\nKeyboardInterrupt\n")
            session.err.flush()
            lines = []
            session.reset()
            continue
        if not lines:
            if not line.strip():
                continue
            if line.strip() in _EXIT:
                return 0
        lines.append(line)
        if session.needs_more(lines):
            continue
        source = "\n".join(lines) + "\n"
        lines = []
        session.reset()
        try:
            session.run(source)
        except KeyboardInterrupt:
            session.err.write("\nKeyboardInterrupt\n")
            session.err.flush()


def main(inputs: Optional[dict] = None, limits: Optional[dict] = None) -> int:
    """Run the REPL on this process's standard streams: prompts and line editing on a terminal, plain
    line-by-line reading (no prompts) when input is piped."""
    import monty_peg

    session = Session(inputs, limits)
    interactive = sys.stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401 - line editing and history for input()
        except ImportError:
            pass

        def read(prompt: str) -> str:
            return input(prompt)

        banner = (f"monty-peg {monty_peg.__version__} (a sandboxed subset of Python "
                  f"{sys.version_info[0]}.{sys.version_info[1]}). Type exit or press Ctrl-D to leave.")
    else:
        def read(prompt: str) -> str:
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            return line.rstrip("\n").rstrip("\r")

        banner = None
    return interact(session, read, banner)
