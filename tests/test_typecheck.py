"""Type checking with Astral's ty against the host's stubs (`monty_peg.typecheck`, `Monty(type_check=True)`).

The seed's README example (pydantic/monty's) must type-check, and a variant passing a wrong argument type
must raise `MontyTypingError` naming the guest's own line. Tests that run ty skip when it is not installed
(`pip install 'monty-peg[typecheck]'`; the `[test]` extra installs it, so CI runs them).
"""

from __future__ import annotations

import sys

import pytest

import monty_peg
from monty_peg import typecheck

try:
    TY = typecheck.find_ty()
except monty_peg.MontyTypeCheckerMissing:
    TY = None

needs_ty = pytest.mark.skipif(TY is None, reason="ty is not installed (pip install 'monty-peg[typecheck]')")

README_CODE = """
async def agent(prompt: str, messages: Messages):
    while True:
        print(f'messages so far: {messages}')
        output = await call_llm(prompt, messages)
        if isinstance(output, str):
            return output
        messages.extend(output)

await agent(prompt, [])
"""

README_STUBS = """
from typing import Any

Messages = list[dict[str, Any]]

async def call_llm(prompt: str, messages: Messages) -> str | Messages:
    raise NotImplementedError()

prompt: str = ''
"""


@needs_ty
def test_readme_example_type_checks():
    assert typecheck.type_check(README_CODE, README_STUBS, script_name="agent.py") == []
    program = monty_peg.Monty(README_CODE, inputs=["prompt"], script_name="agent.py", type_check=True,
                              type_check_stubs=README_STUBS)
    assert program.script_name == "agent.py"


@needs_ty
def test_wrong_argument_type_raises_naming_the_guest_line():
    bad = README_CODE.replace("await agent(prompt, [])", "await agent(len(prompt), [])")
    with pytest.raises(monty_peg.MontyTypingError) as info:
        monty_peg.Monty(bad, inputs=["prompt"], script_name="agent.py", type_check=True,
                        type_check_stubs=README_STUBS)
    e = info.value
    # ty's rule names and wording move between its releases: pin the position, which is ours
    [d] = e.diagnostics
    assert (d.filename, d.line, d.column, d.end_line, d.end_column, d.severity) == (
        "agent.py", 10, 13, 10, 24, "error")
    assert "argument" in d.code and "`agent`" in d.message
    assert str(e) == f"agent.py:10:13: {d.code} {d.message}"
    assert e.display() == (
        f"agent.py:10:13: {d.code} {d.message}\n"
        "   |\n"
        "10 | await agent(len(prompt), [])\n"
        "   |             ^^^^^^^^^^^\n\n")


@needs_ty
def test_lines_are_the_guests_own():
    code = "x: int = 1\ny: str = x\n"
    [d] = typecheck.type_check(code)
    assert (d.filename, d.line, d.column, d.end_line) == ("main.py", 2, 10, 2)
    assert d.kind == "TypeError" and d.severity == "error" and "assign" in d.code


@needs_ty
def test_problems_in_the_stubs_are_reported_against_the_stubs():
    found = typecheck.type_check("x = 1\n", "def f() -> int:\n    return 'no'\n", stubs_name="host.pyi")
    assert [(d.filename, d.line) for d in found] == [("host.pyi", 2)]
    assert "return" in found[0].code


@needs_ty
def test_declared_names_missing_from_the_stubs_are_any():
    code = "data = fetch(url)\nprint(data.anything, url.upper())\n"
    assert typecheck.type_check(code, inputs=["url"], external_functions=["fetch"]) == []
    assert [(d.line, d.column) for d in typecheck.type_check(code)] == [(1, 8), (1, 14), (2, 22)]
    # the stubs' own types win over the catch-all declarations
    found = typecheck.type_check(code, "def fetch(url: str) -> int: ...\nurl: str\n", inputs=["url"],
                                 external_functions=["fetch"])
    assert [(d.line, d.column) for d in found] == [(2, 7)]  # int has no attribute `anything`


@needs_ty
def test_top_level_await_is_valid():
    code = "async def f() -> int:\n    return 1\nx: int = await f()\n"
    assert typecheck.type_check(code) == []


@needs_ty
def test_sandbox_stdlib_only():
    """The program is checked against the standard library's stubs and nothing installed."""
    found = typecheck.type_check("import typer\nimport json\n")
    assert [(d.line, d.column) for d in found] == [(1, 8)]


def test_missing_ty_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.delenv("MONTY_PEG_TY", raising=False)
    monkeypatch.setitem(sys.modules, "ty", None)  # `import ty` fails
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(monty_peg.MontyTypeCheckerMissing, match=r"pip install 'monty-peg\[typecheck\]'"):
        monty_peg.Monty("x = 1\n", type_check=True)
    assert issubclass(monty_peg.MontyTypeCheckerMissing, monty_peg.MontyError)


def test_monty_without_type_check_never_runs_ty(monkeypatch):
    def fail(*a, **k):
        raise AssertionError("ty should not run")

    monkeypatch.setattr(typecheck, "type_check", fail)
    monty_peg.Monty("x: int = 'not checked'\n", type_check_stubs="x: int\n")


def test_explicit_ty_path_must_exist(monkeypatch):
    monkeypatch.setenv("MONTY_PEG_TY", "/no/such/ty")
    with pytest.raises(monty_peg.MontyTypeCheckerMissing, match="MONTY_PEG_TY"):
        typecheck.find_ty()
