"""The public exceptions, and the diagnostic record every compile stage reports problems with.

Every error monty_peg raises to a host derives from `MontyError`. Compile-time problems are
`Diagnostic`s (a stable code, a message, a span, an optional hint); the first becomes a
`MontySyntaxError`, and `monty_peg.lint` returns all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Diagnostic:
    """One problem found without running the code. Columns are 1-based here, as editors count."""

    code: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    hint: Optional[str] = None
    kind: str = "SyntaxError"  # the CPython exception type: SyntaxError, IndentationError, TabError

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "hint": self.hint,
        }


class MontyError(Exception):
    """Root of every error monty_peg raises to the host."""


class MontySyntaxError(MontyError):
    """The source cannot run: a syntax error, or a construct monty_peg refuses.

    `lineno`/`offset` are 1-based as in CPython's SyntaxError; `text` is the offending source line.
    `diagnostics` lists every problem found, the first of which this exception describes.
    """

    def __init__(self, diagnostic: Diagnostic, filename: str = "main.py", text: str = "",
                 diagnostics: tuple = ()):
        self.msg = diagnostic.message
        self.kind = diagnostic.kind
        self.filename = filename
        self.lineno = diagnostic.line
        self.offset = diagnostic.column
        self.end_lineno = diagnostic.end_line
        self.end_offset = diagnostic.end_column
        self.text = text
        self.diagnostic = diagnostic
        self.diagnostics = tuple(diagnostics) or (diagnostic,)
        super().__init__(f"{self.msg} ({filename}, line {self.lineno})")

    def display(self) -> str:
        """CPython's rendering (its C error printer): location, the source line, carets, `Kind: message`."""
        lines = [f'  File "{self.filename}", line {self.lineno}']
        text = self.text
        if text:
            offset, end_offset = self.offset, self.end_offset
            if self.end_lineno > self.lineno:
                end_offset = len(text)
            end_offset = min(end_offset, len(text) + 1)
            repetitions = end_offset - offset if 0 < offset < end_offset else 1
            column = offset - 1
            stripped = text.lstrip(" \t\f")
            column -= len(text) - len(stripped)
            column = min(column, len(stripped))
            lines.append("    " + stripped)
            if column >= 0:
                lines.append("    " + " " * column + "^" * repetitions)
        lines.append(f"{self.kind}: {self.msg}")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class StackFrame:
    """One entry of a guest traceback."""

    filename: str
    line: int
    column: int
    end_line: int
    end_column: int
    function_name: str
    source_line: Optional[str]

    def as_dict(self) -> dict:
        return {
            "filename": self.filename,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "function_name": self.function_name,
            "source_line": self.source_line,
        }


class MontyRuntimeError(MontyError):
    """The guest program raised an exception it did not catch (or a limit stopped it).

    `type_name` and `message` are the guest exception's; `traceback_text` is CPython's rendering of the
    guest traceback including chained exceptions; `frames` are the innermost exception's stack.
    `limit` names the resource limit that fired, or is None.
    """

    def __init__(self, type_name: str, message: str, frames: list, traceback_text: str,
                 limit: Optional[str] = None, exc_args: tuple = ()):
        self.type_name = type_name
        self.message = message
        self.frames = list(frames)
        self.traceback_text = traceback_text
        self.limit = limit
        self.exc_args = exc_args
        super().__init__(f"{type_name}: {message}" if message else type_name)

    def traceback(self) -> list:
        return list(self.frames)

    def display(self, format: str = "traceback") -> str:
        if format == "traceback":
            return self.traceback_text
        if format == "type-msg":
            return f"{self.type_name}: {self.message}" if self.message else self.type_name
        if format == "msg":
            return self.message
        raise ValueError(f"unknown display format {format!r}; use 'traceback', 'type-msg' or 'msg'")

    def exception(self) -> BaseException:
        """An equivalent host exception of the builtin type (Exception when the type is the guest's own)."""
        import builtins

        cls = getattr(builtins, self.type_name, None)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            cls = Exception
        try:
            return cls(*self.exc_args)
        except Exception:  # noqa: BLE001 - a constructor that wants other arguments
            return Exception(self.message)


class MontySnapshotError(MontyError):
    """Bytes given to `load` are not a valid program or snapshot of this format version."""


class MontyInputError(MontyError):
    """Inputs or host functions given to `run`/`start` do not fit what the program declared."""



class MontyTypingError(MontyError):
    """The type checker found errors in the program, checked together with the host's stubs.

    `diagnostics` holds ty's findings (`monty_peg.typecheck.TypeDiagnostic`: `filename`, `line`,
    `column`, `code` = ty's rule name such as `invalid-argument-type`, `message`, `severity`), with lines
    counted in the program's own source (or in the stubs, for problems there)."""

    def __init__(self, message: str, diagnostics: tuple = (), sources: Optional[dict] = None):
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)
        self.sources = dict(sources or {})

    def display(self, colour: bool = False) -> str:
        """Each diagnostic as `file:line:col: rule message` with the source line and a caret."""
        if not self.diagnostics:
            return self.message + "\n"
        from .linter import render

        return render(self.diagnostics, "", "main.py", colour=colour, files=self.sources)


class MontyTypeCheckerMissing(MontyError):
    """Type checking was asked for, but Astral's `ty` is not installed (`pip install 'monty-peg[typecheck]'`)."""
