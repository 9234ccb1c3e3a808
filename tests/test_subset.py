"""`monty_peg.describe_subset()` is derived, not written: it must agree with the grammar, the refusal table,
the builtin namespace, the module registry and the attribute allow-lists, and only promise what runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import monty_peg
from monty_peg import lower
from monty_peg.runtime import attrs
from monty_peg.runtime import builtins as rt_builtins
from monty_peg.subset import available_modules, describe_subset, format_text, module_exists

ROOT = Path(__file__).resolve().parent.parent
GRAMMAR = (ROOT / "grammar" / "monty.lark").read_text()


@pytest.fixture(scope="module")
def subset():
    return describe_subset()


def test_json_ready(subset):
    assert json.loads(json.dumps(subset)) == subset
    assert subset["version"] == monty_peg.__version__


def test_statements_are_the_grammars(subset):
    alternatives = []
    for group in ("_small_stmt", "_compound_stmt"):
        body = re.search(rf"^{group}:(.*?)(?=^\S)", GRAMMAR, re.M | re.S).group(1)
        alternatives += re.findall(r"\b([a-z_]+)\b", body)
    assert [s["rule"] for s in subset["statements"]] == alternatives
    by_rule = {s["rule"]: s for s in subset["statements"]}
    assert by_rule["if_stmt"]["keywords"][:1] == ["if"] and "elif" in by_rule["if_stmt"]["keywords"]
    assert "case" in by_rule["match_stmt"]["keywords"]
    assert "//=" in by_rule["augassign_stmt"]["operators"]
    if "except*" in lower.UNSUPPORTED:
        assert "except*" in by_rule["try_stmt"]["refused"]


def test_operators_are_the_grammars(subset):
    for op in ("+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", "<=", "==", "!=",
               "in", "not in", "is", "is not", "and", "or", "not", ":=", "lambda"):
        assert op in subset["operators"], op


def test_refused_constructs_are_lowerings(subset):
    assert {r["construct"]: (r["message"], r["hint"]) for r in subset["refused_constructs"]} == \
        dict(lower.UNSUPPORTED)


def test_builtins_are_the_namespace(subset):
    b = subset["builtins"]
    namespace = rt_builtins.shared_builtins()
    assert set(b["functions"]) == set(rt_builtins.BUILTIN_FUNCTIONS)
    assert set(b["functions"] + b["types"] + b["exceptions"] + b["constants"]) == set(namespace)
    assert "print" in b["functions"] and "dict" in b["types"] and "ValueError" in b["exceptions"]
    assert {r["name"] for r in subset["refused_builtins"]} == set(rt_builtins.REFUSED_NAMES)
    assert not set(b["functions"]) & rt_builtins.REFUSED_NAMES


def test_modules_are_the_registry_and_all_import(subset):
    names = [m["name"] for m in subset["modules"]]
    assert names == available_modules() and "sys" in names and "dataclasses" in names
    assert not module_exists("os") and not module_exists("no_such_module")
    source = "".join(f"import {n}\n" for n in names) + "'ok'\n"
    assert monty_peg.Monty(source).run() == "ok"
    for m in subset["modules"]:  # every name listed is really there
        if m["attributes"]:
            check = f"import {m['name']}\n" + "".join(f"{m['name']}.{a}\n" for a in m["attributes"]) + "'ok'\n"
            assert monty_peg.Monty(check).run() == "ok", m["name"]


def test_methods_are_the_allow_lists(subset):
    assert set(subset["methods"]["str"]) == set(attrs.METHODS[str]) | set(attrs.DATA[str])
    assert "append" in subset["methods"]["list"] and "__class__" not in subset["methods"]["list"]


def test_text_form(subset):
    text = format_text(subset)
    assert text.startswith(f"monty_peg {monty_peg.__version__} runs a sandboxed subset of Python")
    for line in ("Statements: ", "Operators: ", "Not supported: ", "Builtin functions: ", "Modules (import only"):
        assert line in text
    for name in subset["builtins"]["functions"] + [m["name"] for m in subset["modules"]]:
        assert re.search(rf"\b{re.escape(name)}\b", text), name
    assert len(text) < 20_000  # something to paste into a prompt


def test_describe_subset_is_lazy():
    assert monty_peg.describe_subset is describe_subset
    assert monty_peg.lint.__module__ == "monty_peg.linter"
