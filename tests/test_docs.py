"""docs/language.md stays true: it names every statement rule of the grammar, and its table of refused
constructs is exactly lowering's refusal table."""

from __future__ import annotations

import re
from pathlib import Path

from monty_peg import lower
from monty_peg.runtime import builtins as rt_builtins

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = (ROOT / "docs" / "language.md").read_text()
GRAMMAR = (ROOT / "grammar" / "monty.lark").read_text()


def test_every_statement_rule_is_documented():
    rules = set(re.findall(r"^\??([a-z][a-z_]*_stmt|funcdef|classdef)\b", GRAMMAR, re.M))
    assert rules, "no statement rules found in the grammar"
    missing = sorted(r for r in rules if f"`{r}`" not in LANGUAGE)
    assert not missing, f"docs/language.md does not mention: {missing}"


def test_refusal_table_matches_lowering():
    block = LANGUAGE.split("<!-- refusals:start -->")[1].split("<!-- refusals:end -->")[0]
    rows = {}
    for line in block.strip().splitlines()[2:]:
        construct, message, hint = [cell.strip() for cell in line.strip("|").split("|")]
        rows[construct.strip("`")] = (message, hint or None)
    assert rows == dict(lower.UNSUPPORTED)


def test_refused_builtins_are_documented():
    names = set(rt_builtins._REFUSED)
    missing = sorted(n for n in names if f"`{n}`" not in LANGUAGE)
    assert not missing, f"docs/language.md does not list refused builtins: {missing}"


def test_stdlib_page_is_generated_from_the_implementation():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "docs" / "make_stdlib_md.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, "docs/stdlib.md is out of date: run `python docs/make_stdlib_md.py`\n" + done.stderr


def test_every_limit_is_documented():
    from dataclasses import fields

    from monty_peg.runtime.limits import ResourceLimits

    limits_md = (ROOT / "docs" / "limits.md").read_text()
    missing = sorted(f.name for f in fields(ResourceLimits) if f"`{f.name}`" not in limits_md)
    assert not missing, f"docs/limits.md does not document: {missing}"
