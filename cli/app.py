"""The typer app behind `monty-peg`: subcommands, options, help text and usage errors.

Imported only when the command line needs it (see `main.main`); running a script lives in `main`, the
REPL in `repl`, linting, type checking and the subset description in the library (`monty_peg.linter`,
`monty_peg.typecheck`, `monty_peg.subset`), each imported by the command that needs it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Annotated, List, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.16 vendors click; older releases depend on it
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import UsageError

from .main import (EXIT_INTERNAL, EXIT_SYNTAX_ERROR, EXIT_UNAVAILABLE, EXIT_USAGE, _internal_error_report,
                   _report, _use_colour, run_source)


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
         "\b\nExamples:\n"
         "  monty-peg run script.py\n"
         "  monty-peg lint --external fetch script.py\n"
         "  monty-peg check --stubs host.pyi script.py\n"
         "  monty-peg subset --format json\n"
         "  monty-peg repl",
    rich_markup_mode=None,  # plain click output: no box drawing in pipes, and rich is never imported
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # internal errors should print plain Python tracebacks
    context_settings={"help_option_names": ["-h", "--help"]},
)


# -------------------------------------------------------------------- reading arguments


def _read_text(file: str, hint: str = "FILE") -> tuple:
    """(text, display name). The name is the absolute path, as CPython (3.9+) shows a script's path in
    tracebacks and syntax errors; `-` is stdin, named `<stdin>` as CPython names it."""
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
        raise typer.BadParameter(f"cannot read {file!r}: {e.strerror or e}", param_hint=hint) from None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise typer.BadParameter(f"{name!r} is not UTF-8 text ({e.reason} at byte {e.start})",
                                     param_hint=hint) from None
    return data, name


_read_source = _read_text

_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]i?[bB]?|[bB])?\s*")
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def parse_size(text: str, hint: str = "--max-memory") -> int:
    """`10MB`, `512KiB`, `1.5G`, `1000` (bytes). K, M and G are binary (1 MB = 1024 KB), as the limit
    messages count them."""
    match = _SIZE.fullmatch(text or "")
    if not match:
        raise typer.BadParameter(f"{text!r} is not a size (examples: 1000, 64KB, 10MB, 1GB)", param_hint=hint)
    number, unit = match.groups()
    return int(float(number) * _UNITS[(unit or "")[:1].lower()])


def parse_inputs(pairs: Optional[List[str]], inputs_file: Optional[str]) -> dict:
    """Input values from `--inputs-file` (a JSON object) and `--input NAME=JSON` (which win)."""
    values = {}
    if inputs_file:
        text, name = _read_text(inputs_file, "--inputs-file")
        try:
            data = json.loads(text)
        except ValueError as e:
            raise typer.BadParameter(f"{inputs_file!r} is not JSON: {e}", param_hint="--inputs-file") from None
        if not isinstance(data, dict):
            raise typer.BadParameter(f"{inputs_file!r} must hold a JSON object of name: value",
                                     param_hint="--inputs-file")
        values.update(data)
    for pair in pairs or ():
        name, eq, raw = pair.partition("=")
        name = name.strip()
        if not eq or not name.isidentifier():
            raise typer.BadParameter(f"{pair!r} is not NAME=JSON (example: --input 'limit=10')",
                                     param_hint="--input")
        try:
            values[name] = json.loads(raw)
        except ValueError:
            raise typer.BadParameter(f"the value of {name!r} is not JSON: {raw!r} (a string needs quotes: "
                                     f"--input '{name}=\"{raw}\"')", param_hint="--input") from None
    for name in values:
        if not isinstance(name, str) or not name.isidentifier():
            raise typer.BadParameter(f"input name {name!r} is not an identifier", param_hint="--inputs-file")
    return values


def split_names(values: Optional[List[str]], hint: str) -> List[str]:
    """`--external fetch,call_llm --external log` → ['fetch', 'call_llm', 'log']."""
    names = []
    for value in values or ():
        for name in value.split(","):
            name = name.strip()
            if not name:
                continue
            if not name.isidentifier():
                raise typer.BadParameter(f"{name!r} is not a name", param_hint=hint)
            names.append(name)
    return names


def _colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return _use_colour(sys.stdout)


def _internal_error() -> "typer.Exit":
    _internal_error_report()
    return typer.Exit(EXIT_INTERNAL)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


FileArg = Annotated[str, typer.Argument(metavar="FILE", help="Script to read; '-' reads standard input.",
                                        show_default=False)]
InputOpt = Annotated[Optional[List[str]], typer.Option(
    "--input", metavar="NAME=JSON", help="An input value for the program (repeatable): --input 'n=3'.",
    show_default=False)]
InputsFileOpt = Annotated[Optional[str], typer.Option(
    "--inputs-file", metavar="FILE.json", help="A JSON object of input values.", show_default=False)]
ExternalOpt = Annotated[Optional[List[str]], typer.Option(
    "--external", metavar="NAMES", help="Host functions the program may call, comma-separated (repeatable).",
    show_default=False)]
InputsOpt = Annotated[Optional[List[str]], typer.Option(
    "--inputs", metavar="NAMES", help="Inputs the program reads, comma-separated (repeatable).",
    show_default=False)]
FormatOpt = Annotated[str, typer.Option(
    "--format", metavar="human|json", help="Output format.", case_sensitive=False)]
ColourOpt = Annotated[str, typer.Option(
    "--color", metavar="auto|always|never", help="Colour the output (auto: when stdout is a terminal).")]


def _check_choice(value: str, choices, hint: str) -> str:
    value = value.lower()
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=hint)
    return value


# -------------------------------------------------------------------- run


@app.command(epilog="\b\nExamples:\n  monty-peg run examples/agent_report.py\n"
                    "  echo 'print(6 * 7)' | monty-peg run -\n"
                    "  monty-peg run --input 'n=10' --max-memory 10MB --json script.py")
def run(
    file: FileArg,
    inputs: InputOpt = None,
    inputs_file: InputsFileOpt = None,
    print_result: Annotated[bool, typer.Option(
        "--print-result", help="Print repr() of the value of the last expression statement.")] = False,
    json_output: Annotated[bool, typer.Option(
        "--json", help="Print one JSON object: stdout, stderr, result, error (type, message, traceback).")] = False,
    max_duration: Annotated[Optional[float], typer.Option(
        "--max-duration", metavar="SECONDS", help="Stop the program after this much run time (exit 3).")] = None,
    max_steps: Annotated[Optional[int], typer.Option(
        "--max-steps", metavar="N", help="Stop the program after N interpreter steps (exit 3).")] = None,
    max_memory: Annotated[Optional[str], typer.Option(
        "--max-memory", metavar="SIZE", help="Memory limit: bytes, or 64KB, 10MB, 1GB (exit 3).")] = None,
    max_recursion: Annotated[Optional[int], typer.Option(
        "--max-recursion", metavar="N", help="Limit nested guest calls to N (default 1000).")] = None,
):
    """Run a script in the sandbox, as `python3 FILE` would.

    \b
    Exit status: 0 success, 1 uncaught exception (traceback on stderr),
    2 syntax error, 3 resource limit, 64 usage error, 70 internal error.
    """
    source, name = _read_text(file)
    values = parse_inputs(inputs, inputs_file)
    limits = {k: v for k, v in (("max_duration_secs", max_duration), ("max_steps", max_steps),
                                ("max_memory", parse_size(max_memory) if max_memory is not None else None),
                                ("max_recursion_depth", max_recursion)) if v is not None}
    status = run_source(source, name, limits, print_result, inputs=values, json_output=json_output)
    if status:
        raise typer.Exit(status)


# -------------------------------------------------------------------- lint


@app.command(epilog="\b\nExamples:\n  monty-peg lint agent.py\n"
                    "  monty-peg lint --external fetch,call_llm --inputs prompt agent.py\n"
                    "  monty-peg lint --stubs host.pyi --format json -")
def lint(
    file: FileArg,
    external: ExternalOpt = None,
    inputs: InputsOpt = None,
    stubs: Annotated[Optional[str], typer.Option(
        "--stubs", metavar="STUBS.pyi", help="Stubs declaring the host functions (defs) and inputs (names).",
        show_default=False)] = None,
    output_format: FormatOpt = "human",
    colour: ColourOpt = "auto",
):
    """Report every problem in a script without running it.

    Syntax errors (with the tokens expected), constructs the sandbox refuses, imports of modules it does
    not provide, calls of undefined names, refused builtins and unreachable dunders, each with a stable
    code (docs/lint.md). Exit status: 0 no problems, 2 problems found, 64 usage error.
    """
    output_format = _check_choice(output_format, ("human", "json"), "--format")
    colour = _check_choice(colour, ("auto", "always", "never"), "--color")
    source, name = _read_text(file)
    externals = split_names(external, "--external")
    declared = split_names(inputs, "--inputs")
    if stubs:
        functions, values = _stub_names(stubs)
        externals += functions
        declared += values
    try:
        from monty_peg.linter import as_json, lint as lint_source, render, summary

        found = lint_source(source, externals, declared, filename=name)
    except Exception:
        raise _internal_error()
    shown = os.path.relpath(name) if file != "-" and not os.path.relpath(name).startswith("..") else name
    if output_format == "json":
        _write(as_json(found) + "\n")
    else:
        _write(render(found, source, shown, colour=_colour(colour)) + summary(found))
    if found:
        raise typer.Exit(EXIT_SYNTAX_ERROR)


def _stub_names(path: str) -> tuple:
    """(function names, other names) a stub file declares at top level, read with monty_peg's parser."""
    text, _ = _read_text(path, "--stubs")
    from monty_peg.linter import stub_names

    try:
        return stub_names(text)
    except ValueError as e:
        raise typer.BadParameter(f"{path!r}: {e}", param_hint="--stubs") from None


# -------------------------------------------------------------------- check


@app.command(epilog="\b\nExamples:\n  monty-peg check --stubs host.pyi agent.py\n"
                    "  monty-peg check --stubs host.pyi --inputs prompt --format json agent.py")
def check(
    file: FileArg,
    stubs: Annotated[Optional[str], typer.Option(
        "--stubs", metavar="STUBS.pyi", help="Types of the inputs and host functions (a .pyi stub file).",
        show_default=False)] = None,
    external: ExternalOpt = None,
    inputs: InputsOpt = None,
    output_format: FormatOpt = "human",
    colour: ColourOpt = "auto",
):
    """Type-check a script against the host's stubs with Astral's ty.

    Inputs and host functions named with --inputs/--external but missing from the stubs count as Any.
    Needs ty: pip install 'monty-peg[typecheck]'. Exit status: 0 no type errors, 2 syntax or type
    errors, 64 usage error, 69 ty is not installed.
    """
    output_format = _check_choice(output_format, ("human", "json"), "--format")
    colour = _check_choice(colour, ("auto", "always", "never"), "--color")
    source, name = _read_text(file)
    stub_text, stub_path = _read_text(stubs, "--stubs") if stubs else (None, None)
    import monty_peg
    from monty_peg.linter import as_json, render, summary
    from monty_peg.typecheck import type_check

    shown = os.path.relpath(name) if file != "-" and not os.path.relpath(name).startswith("..") else name
    stubs_shown = os.path.relpath(stub_path) if stub_path else "stubs.pyi"
    try:
        from monty_peg.compiler import compile_source

        compile_source(source, shown)
    except monty_peg.MontySyntaxError as e:
        found = list(e.diagnostics)
    else:
        try:
            found = type_check(source, stub_text, script_name=shown, stubs_name=stubs_shown,
                               external_functions=split_names(external, "--external"),
                               inputs=split_names(inputs, "--inputs"))
        except monty_peg.MontyTypeCheckerMissing as e:
            _report(f"monty-peg check: {e}")
            raise typer.Exit(EXIT_UNAVAILABLE)
        except monty_peg.MontyTypingError as e:
            _report(f"monty-peg check: {e}")
            raise typer.Exit(EXIT_INTERNAL)
    if output_format == "json":
        _write(as_json(found) + "\n")
    else:
        files = {shown: source, stubs_shown: stub_text or ""}
        _write(render(found, source, shown, colour=_colour(colour), files=files) + summary(found))
    if any(getattr(d, "severity", "error") == "error" for d in found):
        raise typer.Exit(EXIT_SYNTAX_ERROR)


# -------------------------------------------------------------------- dis


@app.command(epilog="\b\nExample:\n  monty-peg dis examples/agent_report.py")
def dis(file: FileArg):
    """Disassemble the bytecode a script compiles to.

    Lists every code object, nested functions after their parent; exit 2 on a syntax error.
    """
    source, name = _read_text(file)
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
    _write(listing)


# -------------------------------------------------------------------- repl


@app.command(epilog="\b\nExamples:\n  monty-peg repl\n  monty-peg repl --input 'rows=[1, 2, 3]'\n"
                    "  printf 'x = 2\\nx * 21\\n' | monty-peg repl")
def repl(
    inputs: InputOpt = None,
    inputs_file: InputsFileOpt = None,
    max_duration: Annotated[Optional[float], typer.Option(
        "--max-duration", metavar="SECONDS", help="Run time allowed for each snippet.")] = None,
    max_memory: Annotated[Optional[str], typer.Option(
        "--max-memory", metavar="SIZE", help="Memory limit: bytes, or 64KB, 10MB, 1GB.")] = None,
):
    """Start an interactive session in the sandbox.

    Definitions persist from one input to the next; a block (def, if, for...) ends with an empty line;
    an expression's value is echoed and kept in `_`. Leave with exit, quit or Ctrl-D. With input piped
    in, lines are read without prompts.
    """
    values = parse_inputs(inputs, inputs_file)
    limits = {k: v for k, v in (("max_duration_secs", max_duration),
                                ("max_memory", parse_size(max_memory) if max_memory is not None else None))
              if v is not None}
    from .repl import main as repl_main

    status = repl_main(values, limits)
    if status:
        raise typer.Exit(status)


# -------------------------------------------------------------------- subset


@app.command(epilog="\b\nExamples:\n  monty-peg subset\n  monty-peg subset --format json")
def subset(
    output_format: Annotated[str, typer.Option(
        "--format", metavar="text|json", help="Output format.", case_sensitive=False)] = "text",
):
    """Describe what the sandbox runs, for an LLM prompt.

    Statements and operators (from the grammar), refused constructs, builtins, modules with their names,
    methods of builtin types and default limits, all read from the interpreter's own tables.
    """
    output_format = _check_choice(output_format, ("text", "json"), "--format")
    from monty_peg.subset import describe_subset, format_text

    data = describe_subset()
    _write(json.dumps(data, indent=2) + "\n" if output_format == "json" else format_text(data))


# -------------------------------------------------------------------- version


@app.command(epilog="\b\nExample:\n  monty-peg version")
def version():
    """Print the monty-peg version and the Python running it."""
    import platform

    import monty_peg

    typer.echo(f"monty-peg {monty_peg.__version__}")
    typer.echo(f"Python {platform.python_version()} ({platform.python_implementation()})")
