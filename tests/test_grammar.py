"""The grammar is the source of truth: the checked-in parser matches it, it builds without conflicts or
terminal collisions, and lowering has a callback for every rule and alias it can reduce."""

import logging
import re
from pathlib import Path

import pytest

lark = pytest.importorskip("lark")

from monty_peg.grammar import generate  # noqa: E402
from monty_peg.lower import Lowering  # noqa: E402


def test_checked_in_parser_is_regenerated_from_grammar():
    text, tables = generate.generate()
    assert text == generate.target_path().read_text(encoding="utf-8"), \
        "grammar/monty.lark changed: run `python -m monty_peg.grammar.generate`"
    assert tables == generate.tables_path().read_bytes(), \
        "grammar/monty.lark changed: run `python -m monty_peg.grammar.generate`"


def test_grammar_builds_strictly_without_warnings(caplog):
    caplog.set_level(logging.WARNING, logger="lark")
    generate.build_lark()  # strict=True: shift/reduce conflicts and terminal collisions raise
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def _rule_names():
    text = Path(generate.GRAMMAR).read_text(encoding="utf-8")
    names = set()
    for m in re.finditer(r"^[?!]?([a-z][a-z0-9_]*)\s*:", text, re.M):
        names.add(m.group(1))
    names.update(re.findall(r"->\s*([a-z][a-z0-9_]*)", text))
    return names


def test_every_rule_and_alias_has_a_lowering_callback():
    inst = generate.build_lark()
    needed = set()
    for rule in inst.rules:
        name = rule.alias or rule.origin.name
        if isinstance(name, str) and not name.startswith("_") and not (rule.options.expand1 and not rule.alias
                                                                       and len(rule.expansion) == 1):
            needed.add(name)
    missing = sorted(n for n in needed if not callable(getattr(Lowering, n, None)))
    assert not missing, f"rules without a lowering callback: {missing}"
    assert _rule_names() >= {"module", "field_input"}
