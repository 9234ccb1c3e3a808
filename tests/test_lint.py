"""`monty_peg.lint`: every problem in one pass, at exact positions, with stable codes (docs/lint.md).

The pinned example is the issue's: a syntax error, an unsupported construct, an unknown import, an
undefined call and a dunder access, all reported by one run, in both output formats. The rest checks
recovery after syntax errors (later problems found, no echoes of the first), that the name checks follow
Python's scoping (no false alarms on correct programs), and that lint never fails on any text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import monty_peg
from monty_peg.linter import CODES, MAX_SYNTAX_ERRORS, as_json, render, stub_names, summary
from monty_peg.subset import available_modules

ROOT = Path(__file__).resolve().parent.parent

FIVE_PROBLEMS = """\
import requests

def total(rows):
    s = 0
    for r in rows
        s += r["amount"]
    return s

try:
    rows = fetch_rows()
except* ValueError:
    rows = []
print(total(rows).__class__.__subclasses__())
"""


def _modules_hint() -> str:
    return ("the sandbox provides: " + ", ".join(available_modules()) +
            "; anything else must come from the host, as an input or a host function")


def expected_five() -> list:
    return [
        {"code": "L001", "message": "No module named 'requests'", "line": 1, "column": 8, "end_line": 1,
         "end_column": 16, "hint": _modules_hint()},
        {"code": "E001", "message": "expected ':'", "line": 5, "column": 18, "end_line": 6, "end_column": 9,
         "hint": None},
        {"code": "L002", "message": "call of undefined name 'fetch_rows'", "line": 10, "column": 12,
         "end_line": 10, "end_column": 22,
         "hint": "define 'fetch_rows' or declare it as a host function (external_functions)"},
        {"code": "U001", "message": "'except*' (exception groups) is not supported", "line": 11, "column": 1,
         "end_line": 11, "end_column": 19, "hint": "use a plain 'except'"},
        {"code": "L005", "message": "attribute '__subclasses__' is not accessible in the sandbox", "line": 13,
         "column": 29, "end_line": 13, "end_column": 43,
         "hint": "dunder attributes of builtin values, functions and modules are not reachable"},
    ]


def expected_five_human(filename: str) -> str:
    return f"""\
{filename}:1:8: L001 No module named 'requests'
  |
1 | import requests
  |        ^^^^^^^^
  = hint: {_modules_hint()}

{filename}:5:18: E001 expected ':'
  |
5 |     for r in rows
  |                  ^

{filename}:10:12: L002 call of undefined name 'fetch_rows'
   |
10 |     rows = fetch_rows()
   |            ^^^^^^^^^^
   = hint: define 'fetch_rows' or declare it as a host function (external_functions)

{filename}:11:1: U001 'except*' (exception groups) is not supported
   |
11 | except* ValueError:
   | ^^^^^^^^^^^^^^^^^^
   = hint: use a plain 'except'

{filename}:13:29: L005 attribute '__subclasses__' is not accessible in the sandbox
   |
13 | print(total(rows).__class__.__subclasses__())
   |                             ^^^^^^^^^^^^^^
   = hint: dunder attributes of builtin values, functions and modules are not reachable

Found 5 problems.
"""


def codes(source: str, **kw) -> list:
    return [(d.code, d.line, d.column) for d in monty_peg.lint(source, **kw)]


# ------------------------------------------------------------------------------- the pinned example


def test_five_problems_in_one_run_json():
    found = monty_peg.lint(FIVE_PROBLEMS, filename="agent.py")
    assert json.loads(as_json(found)) == expected_five()
    assert [d.kind for d in found] == ["ModuleNotFoundError", "SyntaxError", "NameError", "SyntaxError",
                                       "AttributeError"]


def test_five_problems_in_one_run_human():
    found = monty_peg.lint(FIVE_PROBLEMS, filename="agent.py")
    assert render(found, FIVE_PROBLEMS, "agent.py") + summary(found) == expected_five_human("agent.py")


def test_human_output_is_coloured_only_when_asked():
    found = monty_peg.lint(FIVE_PROBLEMS)
    plain = render(found, FIVE_PROBLEMS, "a.py")
    coloured = render(found, FIVE_PROBLEMS, "a.py", colour=True)
    assert "\x1b[" not in plain and "\x1b[31m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_library_api_returns_diagnostics():
    found = monty_peg.lint("x = fetch(url)\n", external_functions=["fetch"], inputs=["url"])
    assert found == []
    found = monty_peg.lint("x = fetch(url)\n")
    assert all(isinstance(d, monty_peg.Diagnostic) for d in found)
    assert [(d.code, d.message) for d in found] == [("L002", "call of undefined name 'fetch'"),
                                                    ("L003", "name 'url' is not defined")]
    assert found[1].hint == "define 'url' or declare it as an input (inputs)"


def test_every_code_is_documented():
    doc = (ROOT / "docs" / "lint.md").read_text()
    for code in CODES:
        assert f"`{code}`" in doc, f"docs/lint.md does not document {code}"


# ------------------------------------------------------------------------- recovery after syntax errors


@pytest.mark.parametrize("source, expected", [
    ("x = 1 +* 2\ny = 2\nz = y +* 1\nprint(q)\n", [("E001", 1, 8), ("E001", 3, 8), ("L003", 4, 7)]),
    ("def f(x):\nreturn x\nf(1)\nundefined()\n", [("E001", 2, 1), ("L002", 4, 1)]),
    ("def f():\n    x = 1\n  y = 2\n  return y\nprint(f(), nope)\n", [("E001", 3, 8), ("L003", 5, 12)]),
    ("try:\n    x = 1\ny = 2\nprint(x, y, z)\n", [("E001", 3, 1), ("L003", 4, 13)]),
    ("class A\n    def m(self):\n        return 1\nA().m()\nB()\n", [("E001", 1, 8), ("L002", 5, 1)]),
    ("if x = 1:\n    pass\nelse:\n    y = 2\nimport os\n", [("E001", 1, 6), ("L001", 5, 8)]),
    ("x = 1\n    y = 2\n    w = 3\nz = x + q\n", [("E001", 2, 4), ("L003", 4, 9)]),
    ("else:\n    pass\nx = $\n", [("E001", 1, 1), ("E001", 3, 5)]),
    ("def f():\n\tx = 1\n        return x\nf()\n", [("E001", 3, 9)]),
    ("print 'hi'\nprint(undefined)\n", [("E001", 1, 1), ("L003", 2, 7)]),
    ("s = 'abc\nt = 1\nprint(t, u)\n", [("E001", 1, 5), ("L003", 3, 10)]),
    ("def ok():\n    return nope()\nx = (1,\n 2\ny = 3\n", [("L002", 2, 12), ("E001", 3, 5)]),
], ids=["two-invalid", "indented-block", "unindent", "try-without-except", "class-colon", "if-assign",
        "unexpected-indent", "orphan-else", "tab-error", "print-statement", "unterminated-string",
        "never-closed"])
def test_recovery_finds_later_problems_without_echoes(source, expected):
    assert codes(source) == expected


def test_names_on_a_replaced_line_are_not_reported_undefined():
    source = "def helper(x) return x\nprint(helper(1))\nfor item in items\n    print(item)\n"
    assert codes(source) == [("E001", 1, 15), ("E001", 3, 18)]


def test_syntax_error_recovery_is_bounded():
    source = "".join(f"x{i} = )\n" for i in range(40))
    found = monty_peg.lint(source)
    assert 1 <= len(found) <= MAX_SYNTAX_ERRORS
    assert {d.code for d in found} == {"E001"}


@pytest.mark.parametrize("text", [
    "", "\n\n", ")", "(((", "'''", "\x00", "def", "class A(:\n", "x = [1, 2\nif", "\t\t\tx\n  y\n",
    "@\n", "match x:\n  case", "lambda: (yield)", "f(**)", "a.__class__ = 1\n", "del __x__\n",
    "from . import x\nfrom m import *\n", "async def f():\n    await x\n", "1j", "é = 1\nprint(é)\n",
], ids=repr)
def test_lint_never_fails(text):
    found = monty_peg.lint(text)
    assert all(isinstance(d, monty_peg.Diagnostic) for d in found)
    render(found, text, "x.py")


# ------------------------------------------------------------------------------ names and scoping


CLEAN = """\
import dataclasses
from dataclasses import field
import sys

LIMIT = 3

@dataclasses.dataclass
class Point:
    x: int
    tags: list = field(default_factory=list)

    def __repr__(self):
        return f"P({self.x})"

    def norm(self) -> float:
        return abs(self.x)

class Child(Point):
    def __init__(self, x):
        super().__init__(x)
        self.name = type(self).__name__ + self.__class__.__qualname__

def counter():
    count = 0
    def bump(step: Step = 1) -> Result:
        nonlocal count
        count += step
        return count
    return bump

def setup():
    global made
    made = [y for y in range(LIMIT) if y]

def gen():
    yield from (v * 2 for v in range(LIMIT))

try:
    setup()
except (ValueError, KeyError) as e:
    print(e.args, e.__cause__)
if (n := len(made)) > 1:
    print(n)
match Point(1):
    case Point(x=value) if value > 0:
        print(value)
    case {"k": v, **rest}:
        print(v, rest)
    case [first, *others]:
        print(first, others)
for i, (a, b) in enumerate([(1, 2)]):
    print(i, a, b, __name__, __doc__)
with open_thing() as fh:
    pass
del i
print(Point(2).__repr__(), Point.__dataclass_fields__, counter.__name__, counter().__qualname__)
print(sys.stdout, [k for k in {1: 2}], {k: v for k, v in {}.items()}, list(gen()), lambda q=LIMIT: q + 1)
"""


def test_a_correct_program_has_no_findings():
    assert codes(CLEAN, external_functions=["open_thing"]) == []


@pytest.mark.parametrize("source, expected", [
    ("class A:\n    x = 1\n    def m(self):\n        return x\n", [("L003", 4, 16)]),  # class scope is not visible
    ("def f():\n    return [y for y in range(3)] + [y]\n", [("L003", 2, 37)]),
    ("x: Undefined = 1\n", [("L003", 1, 4)]),  # module annotations are evaluated
    ("def f():\n    x: Undefined = 1\n    return x\n", []),  # function body annotations are not
    ("def f(a: Missing) -> Other:\n    return a\n", []),  # nor signature annotations
    ("print(lenn([1]))\n", [("L002", 1, 7)]),
    ("x = [1]\nprint(len(x))\nx.append(y)\n", [("L003", 3, 10)]),
    ("def f():\n    g()\n", [("L002", 2, 5)]),
    ("def f():\n    g()\ndef g():\n    pass\n", []),
], ids=["class-scope", "comprehension-leak", "module-annotation", "body-annotation", "signature-annotation",
        "undefined-call", "undefined-read", "call-in-function", "defined-later"])
def test_undefined_names_follow_python_scoping(source, expected):
    assert codes(source) == expected


def test_did_you_mean():
    found = monty_peg.lint("def summarize(x):\n    return x\nsumarize(1)\nprint(lenn([]))\n")
    assert [d.hint for d in found] == ["did you mean 'summarize'?", "did you mean 'len'?"]


def test_refused_builtins():
    source = "x = eval('1')\nopen('f')\nexec\nprint(globals())\n"
    found = monty_peg.lint(source)
    assert [(d.code, d.line, d.column) for d in found] == [("L004", 1, 5), ("L004", 2, 1), ("L004", 3, 1),
                                                           ("L004", 4, 7)]
    assert found[0].message == "name 'eval' is not defined (eval() is not available in the sandbox)"
    assert found[1].hint.startswith("the sandbox has no files")
    assert codes("open('f')\n", external_functions=["open"]) == []  # a host function of that name
    assert codes("def eval(x):\n    return x\neval(1)\n") == []


def test_dunders():
    source = ("f = lambda: 1\nprint(f.__globals__, f.__code__.co_consts)\nx = getattr(f, '__closure__')\n"
              "print(__builtins__, __file__)\nprint(f.__name__, f.__doc__, (1).__class__)\n")
    assert codes(source) == [("L005", 2, 9), ("L005", 2, 24), ("L005", 3, 16), ("L005", 4, 7),
                             ("L005", 4, 21)]


def test_protocol_questions_are_fine():
    assert codes("x = [1]\nprint(hasattr(x, '__iter__'), hasattr(x, '__len__'))\n") == []
    assert codes("x = [1]\nprint(getattr(x, '__code__'))\n") == [("L005", 2, 18)]


def test_imports():
    source = "import os, json.decoder\nfrom os.path import join\nimport dataclasses\nimport sys as s\n"
    found = monty_peg.lint(source)
    missing = [m for m in ("os", "json") if m not in available_modules()]
    expected = []
    if "os" in missing:
        expected += [("L001", 1, 8), ("L001", 2, 6)]
    if "json" in missing:
        expected += [("L001", 1, 12)]
    assert sorted((d.code, d.line, d.column) for d in found) == sorted(expected)
    assert all(d.message.startswith("No module named '") for d in found)


def test_import_hint_suggests_a_close_name():
    found = monty_peg.lint("import dataclass\n")
    assert [(d.code, d.hint) for d in found] == [("L001", "did you mean 'dataclasses'?")]


def test_errors_in_a_signature_do_not_cascade():
    assert codes("def f(*args, *more):\n    return args\n") == [("E002", 1, 14)]


def test_stub_names():
    stubs = ("from typing import Any\nMessages = list[dict[str, Any]]\nprompt: str\n"
             "def fetch(url: str) -> str: ...\nasync def call_llm(p: str) -> str: ...\nclass Row: ...\n")
    assert stub_names(stubs) == (["fetch", "call_llm"], ["Messages", "prompt", "Row"])
    with pytest.raises(ValueError, match="line 1"):
        stub_names("def (\n")
