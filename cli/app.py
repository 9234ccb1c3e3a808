"""The typer app behind `monty-peg`: subcommands, options, help text and usage errors.

Imported only when the command line needs it (see `main.main`); the work itself lives in `main`.
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

from .main import EXIT_INTERNAL, EXIT_SYNTAX_ERROR, EXIT_USAGE, _internal_error_report, _report, run_source


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
    _internal_error_report()
    return typer.Exit(EXIT_INTERNAL)


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
    limits = {k: v for k, v in (("max_duration_secs", max_duration), ("max_steps", max_steps),
                                ("max_memory", max_memory)) if v is not None}
    status = run_source(source, name, limits, print_result)
    if status:
        raise typer.Exit(status)


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


