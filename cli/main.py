"""The `monty-peg` command line: run or disassemble a guest script the way `python3 FILE` would run it.

Exit statuses are part of the interface, so scripts and agent harnesses can branch on them:

    0   the program finished (or raised SystemExit with a zero/None code)
    1   the program raised an exception it did not catch (traceback on stderr)
    2   the source does not compile (CPython-style caret display on stderr)
    3   a resource limit stopped the program (time, steps, memory, output)
    64  usage error: bad option, unreadable FILE (EX_USAGE from sysexits.h)
    70  internal error in monty_peg itself (EX_SOFTWARE), never a guest's fault

Only typer is imported at module level; monty_peg's compiler and runtime load inside the commands.
(Note that importing this module imports the `monty_peg` package, whose `__init__` is eager.)
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.16 vendors click; older releases depend on it
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import UsageError


EXIT_OK = 0
EXIT_GUEST_ERROR = 1
EXIT_SYNTAX_ERROR = 2
EXIT_LIMIT = 3
EXIT_USAGE = 64
EXIT_INTERNAL = 70


class _Group(TyperGroup):
    """Click reports usage errors with status 2, which would be indistinguishable from a guest syntax
    error; re-stamp every UsageError raised while parsing or dispatching with EX_USAGE (64)."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except UsageError as e:
            e.exit_code = EXIT_USAGE
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as e:
            e.exit_code = EXIT_USAGE
            raise


app = typer.Typer(
    name="monty-peg",
    cls=_Group,
    help="Run Python code written by AI agents in a sandboxed interpreter.\n\n"
         "\b\nExample:\n  monty-peg run script.py",
    rich_markup_mode=None,  # plain click output: no box drawing in pipes, and rich is never imported
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # internal errors should print plain Python tracebacks
    context_settings={"help_option_names": ["-h", "--help"]},
)


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


def _read_source(file: str) -> tuple:
    """(source text, script name). The name is the absolute path, as CPython (3.9+) shows a script's
    path in tracebacks and syntax errors; `-` is stdin, named `<stdin>` as CPython names it."""
    try:
        if file == "-":
            stream = sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            name = "<stdin>"
        else:
            with open(file, "rb") as fh:
                data = fh.read()
            name = os.path.abspath(file)
    except OSError as e:
        raise typer.BadParameter(f"cannot read {file!r}: {e.strerror or e}", param_hint="FILE") from None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise typer.BadParameter(f"{name!r} is not UTF-8 text ({e.reason} at byte {e.start})",
                                     param_hint="FILE") from None
    return data, name


def _internal_error() -> "typer.Exit":
    """A host exception escaped monty_peg: that is our bug, so say so and use a status of its own."""
    import traceback

    sys.stdout.flush()
    sys.stderr.write("monty-peg: internal error (this is a bug in monty_peg, not in the script)\n")
    sys.stderr.write(traceback.format_exc())
    sys.stderr.flush()
    return typer.Exit(EXIT_INTERNAL)


def _system_exit_status(e) -> Optional[int]:
    """CPython's handling of an uncaught SystemExit: None/int codes become the status, anything else is
    printed and gives 1. Returns None when the error is not a SystemExit."""
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
    _report(e.message)
    return EXIT_GUEST_ERROR


FileArg = Annotated[str, typer.Argument(metavar="FILE", help="Script to read; '-' reads standard input.",
                                        show_default=False)]


@app.command(epilog="\b\nExamples:\n  monty-peg run examples/agent_report.py\n"
                    "  echo 'print(6 * 7)' | monty-peg run -")
def run(
    file: FileArg,
    print_result: Annotated[bool, typer.Option(
        "--print-result", help="Print repr() of the value of the last expression statement.")] = False,
    max_duration: Annotated[Optional[float], typer.Option(
        "--max-duration", metavar="SECONDS", help="Stop the program after this much run time (exit 3).")] = None,
    max_steps: Annotated[Optional[int], typer.Option(
        "--max-steps", metavar="N", help="Stop the program after N interpreter steps (exit 3).")] = None,
    max_memory: Annotated[Optional[int], typer.Option(
        "--max-memory", metavar="BYTES", help="Refuse single allocations above BYTES (exit 3).")] = None,
):
    """Run a script in the sandbox, as `python3 FILE` would.

    \b
    Exit status: 0 success, 1 uncaught exception (traceback on stderr),
    2 syntax error, 3 resource limit, 64 usage error, 70 internal error.
    """
    source, name = _read_source(file)
    import monty_peg

    limits = {k: v for k, v in (("max_duration_secs", max_duration), ("max_steps", max_steps),
                                ("max_memory", max_memory)) if v is not None}

    def emit(stream: str, text: str) -> None:
        # Flush per write so stdout and stderr interleave as the guest produced them, even when piped.
        out = sys.stderr if stream == "stderr" else sys.stdout
        try:
            out.write(text)
            out.flush()
        except BrokenPipeError:
            raise _OutputClosed() from None

    try:
        program = monty_peg.Monty(source, script_name=name)
        result = program.run(print_callback=emit, limits=limits or None)
    except monty_peg.MontySyntaxError as e:
        _report(e.display())
        raise typer.Exit(EXIT_SYNTAX_ERROR)
    except monty_peg.MontyRuntimeError as e:
        status = _system_exit_status(e)
        if status is not None:
            raise typer.Exit(status)
        _report(e.traceback_text)
        raise typer.Exit(EXIT_LIMIT if e.limit is not None else EXIT_GUEST_ERROR)
    except _OutputClosed:
        # As CPython's docs advise for SIGPIPE: silence the dead stream so the exit flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        raise typer.Exit(EXIT_GUEST_ERROR)
    except Exception:
        raise _internal_error()
    if print_result:
        sys.stdout.write(repr(result) + "\n")
        sys.stdout.flush()


@app.command(epilog="\b\nExample:\n  monty-peg dis examples/agent_report.py")
def dis(file: FileArg):
    """Disassemble the bytecode a script compiles to.

    Lists every code object, nested functions after their parent; exit 2 on a syntax error.
    """
    source, name = _read_source(file)
    import monty_peg
    from monty_peg.compiler import compile_source
    from monty_peg.runtime.dis import disassemble

    try:
        listing = disassemble(compile_source(source, name))
    except monty_peg.MontySyntaxError as e:
        _report(e.display())
        raise typer.Exit(EXIT_SYNTAX_ERROR)
    except Exception:
        raise _internal_error()
    sys.stdout.write(listing)
    sys.stdout.flush()


@app.command(epilog="\b\nExample:\n  monty-peg version")
def version():
    """Print the monty-peg version and the Python running it."""
    import platform

    import monty_peg

    typer.echo(f"monty-peg {monty_peg.__version__}")
    typer.echo(f"Python {platform.python_version()} ({platform.python_implementation()})")


def main() -> None:
    """Console-script entry point; pins the program name so usage text says `monty-peg` under `-m` too."""
    app(prog_name="monty-peg")


if __name__ == "__main__":
    main()
