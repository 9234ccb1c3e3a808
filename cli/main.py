"""The `monty-peg` command line: run a guest script the way `python3 FILE` would run it, lint it,
type-check it, disassemble it, describe the subset, or start a REPL.

Exit statuses are part of the interface, so scripts and agent harnesses can branch on them:

    0   the program finished (or raised SystemExit with a zero/None code); lint/check found nothing
    1   the program raised an exception it did not catch (traceback on stderr)
    2   the source does not compile (CPython-style caret display on stderr); lint/check found problems
    3   a resource limit stopped the program (time, steps, memory, output)
    64  usage error: bad option, unreadable FILE, bad --input (EX_USAGE from sysexits.h)
    69  `check` needs the type checker ty, which is not installed (EX_UNAVAILABLE)
    70  internal error in monty_peg itself (EX_SOFTWARE), never a guest's fault

This module is the entry point and runs scripts; the typer app (`cli/app.py`) is imported only when
the command line needs it, so `monty-peg run FILE` never pays for the CLI framework.
"""

from __future__ import annotations

import os
import sys
from typing import Optional



EXIT_OK = 0
EXIT_GUEST_ERROR = 1
EXIT_SYNTAX_ERROR = 2
EXIT_LIMIT = 3
EXIT_USAGE = 64
EXIT_UNAVAILABLE = 69
EXIT_INTERNAL = 70


class _OutputClosed(BaseException):
    """Raised from the print callback when the reader went away (`| head`).

    A BaseException on purpose: the VM turns `Exception`s from native code into catchable guest
    exceptions, and a closed pipe must stop the run, not be swallowed by the guest's `except`."""


def _use_colour(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False


def _report(text: str) -> None:
    """Write an error rendering to stderr; on a terminal, the final `Type: message` line in red."""
    err = sys.stderr
    if not text.endswith("\n"):
        text += "\n"
    if _use_colour(err):
        head, _, last = text.rstrip("\n").rpartition("\n")
        text = (head + "\n" if head else "") + f"\x1b[31m{last}\x1b[0m\n"
    sys.stdout.flush()  # keep guest output that came before the error ahead of it
    err.write(text)
    err.flush()


def _internal_error_report() -> None:
    """A host exception escaped monty_peg: that is our bug, so say so (the caller exits with 70)."""
    import traceback

    sys.stdout.flush()
    sys.stderr.write("monty-peg: internal error (this is a bug in monty_peg, not in the script)\n")
    sys.stderr.write(traceback.format_exc())
    sys.stderr.flush()


def _system_exit_status(e, quiet: bool = False) -> Optional[int]:
    """CPython's handling of an uncaught SystemExit: None/int codes become the status, anything else is
    printed (unless `quiet`) and gives 1. Returns None when the error is not a SystemExit."""
    if e.type_name != "SystemExit" or e.limit is not None:
        return None
    args = e.exc_args
    if not args and not e.message:
        return EXIT_OK
    code = args[0] if len(args) == 1 else None
    if len(args) == 1 and code is None:
        return EXIT_OK
    if isinstance(code, int):
        return int(code)
    if not quiet:
        _report(e.message)
    return EXIT_GUEST_ERROR


def run_source(source: str, name: str, limits: dict, print_result: bool = False,
               inputs: Optional[dict] = None, json_output: bool = False) -> int:
    """Run a script and return the exit status. Free of typer, so `main()` can call it without importing
    the CLI framework for the common `monty-peg run FILE`. `inputs` become the program's declared inputs;
    with `json_output` the guest's output is collected and one JSON object is printed instead (see
    `_json_report`)."""
    import monty_peg

    if json_output:
        return _run_json(source, name, limits, inputs or {})

    def emit(stream: str, text: str) -> None:
        # Flush per write so stdout and stderr interleave as the guest produced them, even when piped.
        out = sys.stderr if stream == "stderr" else sys.stdout
        try:
            out.write(text)
            out.flush()
        except BrokenPipeError:
            raise _OutputClosed() from None

    try:
        program = monty_peg.Monty(source, script_name=name, inputs=list(inputs or ()))
        result = program.run(inputs or None, print_callback=emit, limits=limits or None)
    except monty_peg.MontySyntaxError as e:
        _report(e.display())
        return EXIT_SYNTAX_ERROR
    except monty_peg.MontyRuntimeError as e:
        status = _system_exit_status(e)
        if status is not None:
            return status
        _report(e.traceback_text)
        return EXIT_LIMIT if e.limit is not None else EXIT_GUEST_ERROR
    except monty_peg.MontyInputError as e:
        _report(f"monty-peg: {e}")
        return EXIT_USAGE
    except _OutputClosed:
        # As CPython's docs advise for SIGPIPE: silence the dead stream so the exit flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_GUEST_ERROR
    except Exception:
        _internal_error_report()
        return EXIT_INTERNAL
    if print_result:
        sys.stdout.write(repr(result) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def _run_json(source: str, name: str, limits: dict, inputs: dict) -> int:
    """`run --json`: one JSON object on stdout, whatever happened:

        {"stdout": str, "stderr": str, "result": <JSON value or null>, "result_repr": str or null,
         "error": null or {"type", "message", "traceback": [frames], "traceback_text", "limit",
                           "line", "column" (syntax errors)},
         "exit_code": int}

    The exit status is the same as without --json."""
    import json

    import monty_peg

    streams = monty_peg.CollectStreams()
    report = {"stdout": "", "stderr": "", "result": None, "result_repr": None, "error": None, "exit_code": 0}
    try:
        program = monty_peg.Monty(source, script_name=name, inputs=list(inputs))
        result = program.run(inputs or None, print_callback=streams, limits=limits or None)
        report["result"] = _jsonable(result)
        report["result_repr"] = repr(result)
    except monty_peg.MontySyntaxError as e:
        report["error"] = {"type": e.kind, "message": e.msg, "traceback": [], "traceback_text": e.display(),
                           "limit": None, "line": e.lineno, "column": e.offset,
                           "end_line": e.end_lineno, "end_column": e.end_offset}
        report["exit_code"] = EXIT_SYNTAX_ERROR
    except monty_peg.MontyRuntimeError as e:
        report["error"] = {"type": e.type_name, "message": e.message,
                           "traceback": [f.as_dict() for f in e.frames], "traceback_text": e.traceback_text,
                           "limit": e.limit}
        status = _system_exit_status(e, quiet=True)
        report["exit_code"] = status if status is not None else (EXIT_LIMIT if e.limit else EXIT_GUEST_ERROR)
    except monty_peg.MontyInputError as e:
        report["error"] = {"type": "MontyInputError", "message": str(e), "traceback": [], "traceback_text": "",
                           "limit": None}
        report["exit_code"] = EXIT_USAGE
    except Exception:
        _internal_error_report()
        return EXIT_INTERNAL
    report["stdout"], report["stderr"] = streams.stdout, streams.stderr
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return report["exit_code"]


def _jsonable(value, depth: int = 0):
    """A host value as JSON data: tuples and sets become lists, bytes text (latin-1), instances of the
    program's classes {"__class__": name, attributes...}; anything else its repr."""
    import math

    if depth > 100:
        return repr(value)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        items = [_jsonable(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(value, dict):
        return {k if isinstance(k, str) else _json_key(k): _jsonable(v, depth + 1) for k, v in value.items()}
    attributes = getattr(value, "attributes", None)
    if isinstance(attributes, dict) and hasattr(value, "class_name"):
        return {"__class__": value.class_name, **{k: _jsonable(v, depth + 1) for k, v in attributes.items()}}
    return repr(value)


def _json_key(key) -> str:
    return key if isinstance(key, str) else repr(key)


def __getattr__(name):
    if name == "app":  # the typer app, built on first use
        from .app import app

        return app
    raise AttributeError(name)


def main() -> None:
    """Console-script entry point; pins the program name so usage text says `monty-peg` under `-m` too.

    `monty-peg run FILE` with no options is what agent harnesses call in a loop: it runs without building
    the typer app (whose import costs more than the run). Anything else, including unreadable files,
    goes through typer, which owns the interface and its usage errors."""
    argv = sys.argv[1:]
    if len(argv) == 2 and argv[0] == "run" and not argv[1].startswith("-") and os.path.isfile(argv[1]):
        try:
            with open(argv[1], "rb") as fh:
                source = fh.read().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            source = None
        if source is not None:
            sys.exit(run_source(source, os.path.abspath(argv[1]), {}))
    from .app import app

    app(prog_name="monty-peg")


if __name__ == "__main__":
    main()
