"""The `monty-peg` command line, driven in-process (typer's CliRunner, fast, separate stdout/stderr) and
as real processes (`python -m monty_peg.cli.main` and the installed console script), because exit
statuses, stdin, pipes and the entry point only show their true behaviour in a real process.

CPython (`sys.executable`) is the oracle for what a script prints, its traceback and its syntax-error
display: `monty-peg run FILE` promises to behave like `python3 FILE`.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import monty_peg
from monty_peg.cli import main as cli_main
from monty_peg.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "agent_report.py"
SCRIPT = Path(sys.executable).parent / "monty-peg"
MODULE_CMD = [sys.executable, "-m", "monty_peg.cli.main"]
TIMEOUT = 60

OK_PROGRAM = """\
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("done")
"""

# An uncaught exception two frames deep; the shapes here render the same in CPython and monty_peg.
RAISING_PROGRAM = """\
def ratio(a, b):
    return a / b

print("before")
ratio(1, 0)
"""

SYNTAX_ERROR_PROGRAM = "print('a')\nx = 1 +* 2\n"

runner = CliRunner()


def invoke(*args, input=None):
    """In-process run with the console script's program name, so usage text reads `monty-peg`."""
    return runner.invoke(app, list(args), input=input, prog_name="monty-peg")


def write(tmp_path: Path, name: str, source: str) -> Path:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return path


def cpython(path: Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, path.name], cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT)


def monty(*args, cwd=None, input=None) -> subprocess.CompletedProcess:
    return subprocess.run(MODULE_CMD + list(args), cwd=cwd, capture_output=True, text=True, input=input,
                          timeout=TIMEOUT)


# --------------------------------------------------------------------------------------------- help


def test_root_help_lists_commands_with_an_example():
    result = invoke("--help")
    assert result.exit_code == 0, result.output
    assert "Usage: monty-peg" in result.stdout
    for command in ("run", "lint", "check", "dis", "repl", "subset", "version"):
        assert f"  {command} " in result.stdout
    assert "monty-peg run script.py" in result.stdout


@pytest.mark.parametrize("command, example", [
    ("run", "monty-peg run examples/agent_report.py"),
    ("lint", "monty-peg lint --external fetch,call_llm --inputs prompt agent.py"),
    ("check", "monty-peg check --stubs host.pyi agent.py"),
    ("dis", "monty-peg dis examples/agent_report.py"),
    ("repl", "monty-peg repl"),
    ("subset", "monty-peg subset --format json"),
    ("version", "monty-peg version"),
])
def test_every_subcommand_help_shows_a_usage_example(command, example):
    for flag in ("--help", "-h"):
        result = invoke(command, flag)
        assert result.exit_code == 0, result.output
        assert f"Usage: monty-peg {command}" in result.stdout
        assert "Example" in result.stdout and example in result.stdout


def test_help_output_is_plain_text_without_rich():
    """The CLI opts out of rich rendering: boxes and escape codes would garble piped help and errors."""
    code = ("import sys\nfrom monty_peg.cli.main import app\n"
            "try:\n    app(['--help'], prog_name='monty-peg')\nexcept SystemExit:\n    pass\n"
            "print('RICH' if 'rich' in sys.modules else 'PLAIN')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.stdout.rstrip().endswith("PLAIN"), proc.stdout + proc.stderr
    assert "\x1b[" not in proc.stdout and "╭" not in proc.stdout


# ---------------------------------------------------------------------------------------------- run


def test_run_separates_guest_stdout_and_stderr(tmp_path):
    result = invoke("run", str(write(tmp_path, "ok.py", OK_PROGRAM)))
    assert result.exit_code == 0, result.output
    assert result.stdout == "to stdout\ndone\n"
    assert result.stderr == "to stderr\n"


def test_run_uncaught_exception_prints_cpython_traceback_and_exits_1(tmp_path, monkeypatch):
    path = write(tmp_path, "boom.py", RAISING_PROGRAM)
    expected = cpython(path, tmp_path)
    assert expected.returncode == 1
    monkeypatch.chdir(tmp_path)  # a relative FILE is still shown as an absolute path, as CPython does
    result = invoke("run", path.name)
    assert result.exit_code == 1
    assert result.stdout == "before\n"
    assert result.stderr == expected.stderr
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert f'File "{path}", line 2, in ratio' in result.stderr
    assert result.stderr.endswith("ZeroDivisionError: division by zero\n")


def test_run_syntax_error_prints_cpython_caret_display_and_exits_2(tmp_path, monkeypatch):
    path = write(tmp_path, "bad.py", SYNTAX_ERROR_PROGRAM)
    expected = cpython(path, tmp_path)
    monkeypatch.chdir(tmp_path)
    result = invoke("run", path.name)
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing runs: the first line's print never happens
    assert result.stderr == expected.stderr == (
        f'  File "{path}", line 2\n'
        "    x = 1 +* 2\n"
        "           ^\n"
        "SyntaxError: invalid syntax\n"
    )


def test_run_refused_construct_is_a_syntax_error():
    result = invoke("run", "-", input="x = 1j\n")
    assert result.exit_code == 2
    assert result.stderr.startswith('  File "<stdin>", line 1\n')
    assert "SyntaxError" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("source, extra, exc_line", [
    ('x = "a" * 10**10\n', [], "MemoryError: memory limit exceeded"),
    ("while True:\n    pass\n", ["--max-steps", "5000"], "TimeoutError: step limit exceeded"),
    ("while True:\n    pass\n", ["--max-duration", "0.05"], "TimeoutError: time limit exceeded"),
    ('x = "a" * 2000\n', ["--max-memory", "1000"], "MemoryError: memory limit exceeded"),
], ids=["default-memory", "max-steps", "max-duration", "max-memory"])
def test_run_resource_limit_exits_3(source, extra, exc_line):
    result = invoke("run", *extra, "-", input=source)
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert result.stderr.splitlines()[-1].startswith(exc_line)


def test_guest_memory_error_that_is_not_a_limit_exits_1():
    result = invoke("run", "-", input="raise MemoryError('mine')\n")
    assert result.exit_code == 1
    assert result.stderr.endswith("MemoryError: mine\n")


def test_run_reads_stdin_for_dash():
    result = invoke("run", "-", input="print(6 * 7)\n1 / 0\n")
    assert result.exit_code == 1
    assert result.stdout == "42\n"
    assert 'File "<stdin>", line 2, in <module>' in result.stderr


def test_result_is_not_printed_unless_asked():
    assert invoke("run", "-", input="x = 20\nx + 22\n").stdout == ""
    result = invoke("run", "--print-result", "-", input="x = 20\n{'answer': x + 22}\n")
    assert result.exit_code == 0
    assert result.stdout == "{'answer': 42}\n"
    assert invoke("run", "--print-result", "-", input="x = 1\n").stdout == "None\n"


@pytest.mark.parametrize("source, status, stderr", [
    ("raise SystemExit\n", 0, ""),
    ("raise SystemExit(None)\n", 0, ""),
    ("raise SystemExit(5)\n", 5, ""),
    ("raise SystemExit('bye')\n", 1, "bye\n"),
], ids=["bare", "none", "int", "message"])
def test_system_exit_behaves_like_cpython(source, status, stderr):
    """An uncaught SystemExit is CPython's way for a script to choose its exit status: no traceback."""
    result = invoke("run", "-", input=source)
    assert result.exit_code == status
    assert result.stderr == stderr


def test_source_with_bom_and_crlf_runs():
    result = invoke("run", "-", input=b"\xef\xbb\xbfprint('bom')\r\nprint('crlf')\r\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "bom\ncrlf\n"


@pytest.mark.parametrize("args", [
    ["run", "does-not-exist.py"],
    ["run"],
    ["run", "--bogus", "x.py"],
    ["run", "--max-steps", "lots", "-"],
    ["dis", "does-not-exist.py"],
    ["frobnicate"],
    [],
])
def test_usage_errors_exit_64_not_2(args, tmp_path, monkeypatch):
    """64 is EX_USAGE; click's default of 2 would read as 'the guest had a syntax error'."""
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == 64, result.output
    assert "Usage: monty-peg" in result.output


def test_usage_error_messages_go_to_stderr(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("run", "does-not-exist.py")
    assert result.stdout == ""
    assert "Usage: monty-peg run" in result.stderr
    assert "cannot read 'does-not-exist.py'" in result.stderr


def test_unreadable_inputs_are_usage_errors(tmp_path):
    assert invoke("run", str(tmp_path)).exit_code == 64  # a directory
    bad = tmp_path / "latin1.py"
    bad.write_bytes(b"print('caf\xe9')\n")
    result = invoke("run", str(bad))
    assert result.exit_code == 64
    assert "not UTF-8" in result.stderr


def test_error_line_is_red_only_on_a_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    text = "Traceback (most recent call last):\n  File \"x\", line 1\nValueError: nope\n"
    monkeypatch.delenv("NO_COLOR", raising=False)
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    cli_main._report(text)
    assert tty.getvalue() == text.replace("ValueError: nope", "\x1b[31mValueError: nope\x1b[0m")

    monkeypatch.setenv("NO_COLOR", "1")
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    cli_main._report(text)
    assert tty.getvalue() == text

    piped = io.StringIO()
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys, "stderr", piped)
    cli_main._report(text)
    assert piped.getvalue() == text


# ---------------------------------------------------------------------------------------------- dis


def test_dis_lists_opcodes_of_every_code_object(tmp_path):
    path = write(tmp_path, "f.py", "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n")
    result = invoke("dis", str(path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Disassembly of <module>" in out and "Disassembly of add" in out
    for opname in ("LOAD_CONST", "RETURN_VALUE", "MAKE_FUNCTION", "BINARY_OP"):
        assert opname in out
    assert result.stderr == ""


def test_dis_from_stdin_and_syntax_error_exits_2():
    assert "LOAD_CONST" in invoke("dis", "-", input="x = 1\n").stdout
    result = invoke("dis", "-", input="x = (\n")
    assert result.exit_code == 2
    assert result.stderr.startswith('  File "<stdin>", line 1\n')
    assert result.stderr.rstrip().endswith("SyntaxError: '(' was never closed")


# ------------------------------------------------------------------------------------------ version


def test_version_reports_package_and_python():
    result = invoke("version")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"monty-peg {monty_peg.__version__}"
    assert lines[1].startswith(f"Python {sys.version.split()[0]}")


# ------------------------------------------------------------------------------- real subprocesses


def test_example_matches_cpython_in_a_real_process():
    """The example is the README's promise: byte-identical output under python3 and monty-peg."""
    expected = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True,
                              timeout=TIMEOUT)
    actual = monty("run", str(EXAMPLE))
    assert expected.returncode == 0, expected.stderr
    assert actual.returncode == 0, actual.stderr
    assert actual.stdout == expected.stdout
    assert actual.stderr == expected.stderr == ""
    assert "SUMMARY:" in actual.stdout and "rejected" in actual.stdout


@pytest.mark.parametrize("source, status, stream_check", [
    (OK_PROGRAM, 0, lambda p: p.stdout == "to stdout\ndone\n" and p.stderr == "to stderr\n"),
    (RAISING_PROGRAM, 1, lambda p: p.stderr.endswith("ZeroDivisionError: division by zero\n")),
    (SYNTAX_ERROR_PROGRAM, 2, lambda p: p.stderr.endswith("SyntaxError: invalid syntax\n")),
], ids=["ok", "uncaught-exception", "syntax-error"])
def test_exit_statuses_in_a_real_process(tmp_path, source, status, stream_check):
    path = write(tmp_path, "prog.py", source)
    proc = monty("run", path.name, cwd=tmp_path)
    assert proc.returncode == status, proc.stderr
    assert stream_check(proc), (proc.stdout, proc.stderr)
    if status:
        assert proc.stderr == cpython(path, tmp_path).stderr
        assert "\x1b[" not in proc.stderr  # piped stderr is never coloured


def test_usage_error_exits_64_in_a_real_process():
    proc = monty("run", "no/such/file.py")
    assert proc.returncode == 64
    assert "cannot read" in proc.stderr and proc.stdout == ""


def test_stdin_dash_in_a_real_process():
    proc = monty("run", "-", input="print(sum(x * x for x in range(4)))\n")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "14\n", "")


@pytest.mark.skipif(not SCRIPT.exists(), reason=f"console script not installed at {SCRIPT}")
def test_installed_console_script(tmp_path):
    help_ = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=TIMEOUT)
    assert help_.returncode == 0 and "Usage: monty-peg" in help_.stdout
    dis = subprocess.run([str(SCRIPT), "dis", "-"], input="def f():\n    return 1\n", capture_output=True,
                         text=True, timeout=TIMEOUT)
    assert dis.returncode == 0
    assert "LOAD_CONST" in dis.stdout and "RETURN_VALUE" in dis.stdout


def test_python_dash_m_package_entry_point():
    proc = subprocess.run([sys.executable, "-m", "monty_peg.cli", "version"], capture_output=True,
                          text=True, timeout=TIMEOUT)
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"monty-peg {monty_peg.__version__}\n")


def test_output_is_streamed_as_produced(tmp_path):
    """An agent harness tails the output of long runs: each print must reach the pipe immediately,
    not when the block buffer fills or the run ends."""
    path = write(tmp_path, "slow.py", 'print("ready")\nwhile True:\n    pass\n')
    proc = subprocess.Popen(MODULE_CMD + ["run", "--max-duration", "30", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "ready\n"  # arrives while the guest is still looping
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.communicate(timeout=TIMEOUT)


def test_closed_stdout_pipe_stops_the_run_quietly(tmp_path):
    path = write(tmp_path, "many.py", "for i in range(10 ** 6):\n    print(i)\n")
    proc = subprocess.Popen(MODULE_CMD + ["run", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"0\n"
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 1
    assert b"Traceback" not in err, err.decode()


# ------------------------------------------------------------------------------ run: inputs, JSON, sizes


def test_run_with_inputs(tmp_path):
    path = write(tmp_path, "in.py", "print(n * 2, name)\n{'n': n, 'rows': rows}\n")
    data = write(tmp_path, "inputs.json", '{"n": 1, "name": "file", "rows": [1, 2]}')
    result = invoke("run", "--print-result", "--input", "n=21", "--input", 'name="bob"',
                    "--inputs-file", str(data), str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == "42 bob\n{'n': 21, 'rows': [1, 2]}\n"


def test_run_json_success():
    result = invoke("run", "--json", "--input", "n=3", "-",
                    input="import sys\nprint('out')\nprint('err', file=sys.stderr)\n(n, {'k': {1, 2}}, 1.5)\n")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == {"stdout": "out\n", "stderr": "err\n", "result": [3, {"k": [1, 2]}, 1.5],
                      "result_repr": "(3, {'k': {1, 2}}, 1.5)", "error": None, "exit_code": 0}
    assert result.stderr == ""


def test_run_json_guest_error():
    result = invoke("run", "--json", "-", input=RAISING_PROGRAM)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["stdout"] == "before\n" and report["result"] is None
    error = report["error"]
    assert (error["type"], error["message"], error["limit"]) == ("ZeroDivisionError", "division by zero", None)
    assert [(f["function_name"], f["line"], f["source_line"]) for f in error["traceback"]] == [
        ("<module>", 5, "ratio(1, 0)"), ("ratio", 2, "return a / b")]
    assert error["traceback_text"].startswith("Traceback (most recent call last):\n")
    assert report["exit_code"] == 1


def test_run_json_syntax_error_and_limit():
    result = invoke("run", "--json", "-", input=SYNTAX_ERROR_PROGRAM)
    assert result.exit_code == 2
    error = json.loads(result.stdout)["error"]
    assert (error["type"], error["message"], error["line"], error["column"]) == ("SyntaxError", "invalid syntax",
                                                                                 2, 8)
    result = invoke("run", "--json", "--max-steps", "1000", "-", input="print('a')\nwhile True:\n    pass\n")
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["stdout"] == "a\n"
    assert (report["error"]["type"], report["error"]["limit"]) == ("TimeoutError", "steps")


@pytest.mark.parametrize("size, status", [("100", 3), ("1KB", 3), ("1 kib", 3), ("10MB", 0), ("1.5G", 0)])
def test_max_memory_accepts_sizes(size, status):
    result = invoke("run", "--max-memory", size, "-", input='x = "a" * 5000\n')
    assert result.exit_code == status, result.output


def test_max_recursion():
    source = "def f(n):\n    return f(n + 1)\nf(0)\n"
    result = invoke("run", "--max-recursion", "30", "-", input=source)
    assert result.exit_code == 3
    assert result.stderr.splitlines()[-1].startswith("RecursionError: maximum recursion depth exceeded")
    assert "[Previous line repeated 2" in result.stderr  # 30 frames, not the default 1000


@pytest.mark.parametrize("args, message", [
    (["--input", "n=abc"], "is not JSON"),
    (["--input", "not an identifier=1"], "is not NAME=JSON"),
    (["--input", "n"], "is not NAME=JSON"),
    (["--max-memory", "lots"], "is not a size"),
    (["--inputs-file", "missing.json"], "cannot read"),
])
def test_bad_run_options_are_usage_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("run", *args, "-", input="pass\n")
    assert result.exit_code == 64, result.output
    assert message in result.stderr


def test_undeclared_input_in_inputs_file_is_a_usage_error(tmp_path):
    data = write(tmp_path, "i.json", "[1, 2]")
    result = invoke("run", "--inputs-file", str(data), "-", input="pass\n")
    assert result.exit_code == 64 and "JSON object" in result.stderr


# --------------------------------------------------------------------------------------------- lint


def test_lint_five_problems_human(tmp_path, monkeypatch):
    from test_lint import FIVE_PROBLEMS, expected_five_human

    monkeypatch.chdir(tmp_path)
    write(tmp_path, "agent.py", FIVE_PROBLEMS)
    result = invoke("lint", "agent.py")
    assert result.exit_code == 2
    assert result.stdout == expected_five_human("agent.py")
    assert result.stderr == ""


def test_lint_five_problems_json():
    from test_lint import FIVE_PROBLEMS, expected_five

    result = invoke("lint", "--format", "json", "-", input=FIVE_PROBLEMS)
    assert result.exit_code == 2
    assert json.loads(result.stdout) == expected_five()


def test_lint_clean_file_and_declared_names(tmp_path):
    result = invoke("lint", "-", input="x = 1\nprint(x)\n")
    assert (result.exit_code, result.stdout) == (0, "All checks passed!\n")
    source = "rows = fetch(url)\nlog(len(rows), prompt)\n"
    assert invoke("lint", "-", input=source).exit_code == 2
    result = invoke("lint", "--external", "fetch,log", "--inputs", "url", "--inputs", "prompt", "-", input=source)
    assert result.exit_code == 0, result.output
    stubs = write(tmp_path, "host.pyi", "def fetch(url: str) -> list: ...\ndef log(*a: object) -> None: ...\n"
                                        "url: str\nprompt: str\n")
    result = invoke("lint", "--stubs", str(stubs), "-", input=source)
    assert result.exit_code == 0, result.output
    assert json.loads(invoke("lint", "--format", "json", "--stubs", str(stubs), "-", input=source).stdout) == []


def test_lint_colour_is_explicit_or_terminal_only():
    result = invoke("lint", "--color", "always", "-", input="import os\n")
    assert "\x1b[31m" in result.stdout
    assert "\x1b[" not in invoke("lint", "-", input="import os\n").stdout  # the runner is not a terminal


@pytest.mark.parametrize("args", [["--format", "xml"], ["--color", "sometimes"], ["--external", "a-b"],
                                  ["--stubs", "missing.pyi"]])
def test_lint_usage_errors(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert invoke("lint", *args, "-", input="x = 1\n").exit_code == 64


def test_lint_in_a_real_process(tmp_path):
    from test_lint import FIVE_PROBLEMS

    path = write(tmp_path, "agent.py", FIVE_PROBLEMS)
    proc = monty("lint", "agent.py", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout.endswith("Found 5 problems.\n") and "\x1b[" not in proc.stdout
    proc = monty("lint", "--format", "json", str(path))
    assert [d["code"] for d in json.loads(proc.stdout)] == ["L001", "E001", "L002", "U001", "L005"]


# -------------------------------------------------------------------------------------------- check


def _have_ty() -> bool:
    from monty_peg.typecheck import find_ty

    try:
        find_ty()
    except monty_peg.MontyTypeCheckerMissing:
        return False
    return True


needs_ty = pytest.mark.skipif(not _have_ty(), reason="ty is not installed (pip install 'monty-peg[typecheck]')")


@needs_ty
def test_check_readme_example(tmp_path, monkeypatch):
    from test_typecheck import README_CODE, README_STUBS

    monkeypatch.chdir(tmp_path)
    write(tmp_path, "agent.py", README_CODE)
    write(tmp_path, "bad.py", README_CODE.replace("agent(prompt, [])", "agent(len(prompt), [])"))
    write(tmp_path, "host.pyi", README_STUBS)
    result = invoke("check", "--stubs", "host.pyi", "agent.py")
    assert (result.exit_code, result.stdout) == (0, "All checks passed!\n")
    result = invoke("check", "--stubs", "host.pyi", "bad.py")
    assert result.exit_code == 2
    assert result.stdout.startswith("bad.py:10:13: ")
    assert "10 | await agent(len(prompt), [])\n   |             ^^^^^^^^^^^\n" in result.stdout
    [d] = json.loads(invoke("check", "--stubs", "host.pyi", "--format", "json", "bad.py").stdout)
    assert (d["filename"], d["line"], d["column"], d["severity"]) == ("bad.py", 10, 13, "error")


@needs_ty
def test_check_reports_syntax_errors_first():
    result = invoke("check", "-", input="x = (\n")
    assert result.exit_code == 2
    assert result.stdout.startswith("<stdin>:1:5: E001 '(' was never closed\n")


def test_check_without_ty_exits_69(monkeypatch, tmp_path):
    monkeypatch.delenv("MONTY_PEG_TY", raising=False)
    monkeypatch.setitem(sys.modules, "ty", None)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    result = invoke("check", "-", input="x = 1\n")
    assert result.exit_code == 69
    assert "pip install 'monty-peg[typecheck]'" in result.stderr


# ------------------------------------------------------------------------------------------- subset


def test_subset_text_and_json():
    text = invoke("subset")
    assert text.exit_code == 0
    assert text.stdout.startswith(f"monty_peg {monty_peg.__version__} runs a sandboxed subset of Python")
    assert "Builtin functions: abs, " in text.stdout
    data = json.loads(invoke("subset", "--format", "json").stdout)
    assert data == monty_peg.describe_subset()
    assert invoke("subset", "--format", "yaml").exit_code == 64


# --------------------------------------------------------------------------------------------- repl


REPL_SCRIPT = """\
x = 6
x * 7
def f(n):
    return n * x

f(2)
_ + 1
items = [
  1,
  2]
items
1 / 0
print("after", len(items))
import dataclasses
@dataclasses.dataclass
class P:
    a: int

P(3)
exit
print("never")
"""


def test_repl_through_a_pipe():
    proc = monty("repl", input=REPL_SCRIPT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "42\n12\n13\n[1, 2]\nafter 2\nP(a=3)\n"
    assert proc.stderr == ('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                           "    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n")


def test_repl_session_unit():
    from monty_peg.cli.repl import Session, interact

    out, err = io.StringIO(), io.StringIO()
    lines = iter(["s = '''a", "b'''", "s", "y = (", "1)", "y", "if y:", "    print('yes')", "", "undefined"])

    def read(prompt):
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    assert interact(Session({"rows": [1, 2]}, out=out, err=err), read) == 0
    assert out.getvalue() == "'a\\nb'\n1\nyes\n"
    assert err.getvalue().endswith("NameError: name 'undefined' is not defined\n")


def test_repl_keeps_modules_and_runs_top_level_await():
    source = ("import asyncio\nasync def f():\n    await asyncio.sleep(1)\n    return 5\n\n"
              "await f()\nimport asyncio as again\nagain is asyncio\n")
    result = invoke("repl", input=source)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "5\nTrue\n", "")


def test_repl_through_the_runner():
    result = invoke("repl", "--input", "n=20", input="x = n + 1\nx * 2\nprint('ok')\nundefined\nquit\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "42\nok\n"
    assert result.stderr.endswith("NameError: name 'undefined' is not defined\n")


def test_repl_inputs_and_help():
    proc = monty("repl", "--input", "rows=[1, 2, 3]", input="sum(rows)\n")
    assert (proc.returncode, proc.stdout) == (0, "6\n")


def test_repl_in_a_pseudo_terminal():
    pty = pytest.importorskip("pty")
    import select

    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "dumb", "NO_COLOR": "1"}
    proc = subprocess.Popen(MODULE_CMD + ["repl"], stdin=slave, stdout=slave, stderr=slave, env=env,
                            close_fds=True)
    os.close(slave)
    seen = b""

    def until(marker: bytes):
        nonlocal seen
        deadline = TIMEOUT
        while marker not in seen:
            ready, _, _ = select.select([master], [], [], deadline)
            assert ready, f"no {marker!r} in {seen!r}"
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        assert marker in seen, seen
        found = seen
        seen = seen[seen.index(marker) + len(marker):]
        return found

    try:
        banner = until(b">>> ")
        assert b"monty-peg " in banner and b"exit" in banner
        os.write(master, b"x = 6\n")
        until(b">>> ")
        os.write(master, b"def f(n):\n")
        until(b"... ")
        os.write(master, b"    return n * x\n")
        until(b"... ")
        os.write(master, b"\n")
        until(b">>> ")
        os.write(master, b"f(7)\n")
        assert b"42" in until(b">>> ")
        os.write(master, b"exit\n")
        assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
