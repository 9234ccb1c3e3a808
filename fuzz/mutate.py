"""Text strategies for robustness fuzzing: random text, grammar-derived text, and mutated programs.

None of this text is ever run in CPython: it is only given to monty_peg (which must refuse or run it
safely).
"""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import strategies as st

from fuzz.strategies import programs

ROOT = Path(__file__).resolve().parents[1]
GRAMMAR = ROOT / "grammar" / "monty.lark"
CASES = ROOT / "tests" / "cases"

# Pieces that make interesting damage: keywords, brackets, string and f-string openers, indentation,
# line continuations, odd whitespace and characters, and deep nesting.
TOKENS = (
    "def ", "class ", "lambda", "if ", "else", "elif ", "while ", "for ", " in ", "try:", "except", "finally:",
    "return", "yield", "yield from ", "await ", "async ", "with ", "match ", "case ", "import ", "from ",
    "global ", "nonlocal ", "del ", "pass", "break", "continue", "raise ", "assert ", "not ", " and ", " or ",
    "is", "None", "True", "...", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==", ":=", "->", "**",
    "*", "/", "//", "%", "@", "+", "-", "~", "<<", ">>", "&", "|", "^", "!", "?", "$", "`",
    "'", '"', "'''", '"""', "f'", 'f"', "rb'", "b'", "{x}", "{x!r:>{w}}", "{{", "}}", "{x=}", "\\", "\\\n",
    "\n", "\n    ", "\t", "\r", "\r\n", "\x0c", "\x00", "\ufeff", " ", "    ", "#", "# coding: latin-1\n",
    "0x", "0b2", "1_", "1e", "1j", "09", "0o8", "1.2.3", "__import__", "__class__", "__dict__", ".__x",
    "\u00e9", "\u65e5", "\U0001f600", "\ud800", "x" * 300, "(" * 120, "[" * 120, "-" * 300, "not " * 200,
    "lambda: " * 60, "f'{" * 25, "1+" * 400, "a." * 300, "x[" * 100, "if x:\n" + " " * 2,
)


@functools.lru_cache(maxsize=1)
def corpus_files() -> tuple:
    return tuple(sorted(p.read_text(encoding="utf-8") for p in CASES.glob("*.py")))


@st.composite
def mutations(draw, base: str) -> str:
    """Apply a few random edits to `base`."""
    text = base
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("insert", "delete", "duplicate", "swap_lines", "replace", "truncate",
                                     "indent", "char")))
        n = len(text)
        pos = draw(st.integers(0, n)) if n else 0
        if kind == "insert":
            token = draw(st.sampled_from(TOKENS))
            text = text[:pos] + token + text[pos:]
        elif kind == "delete" and n:
            width = draw(st.integers(1, 12))
            text = text[:pos] + text[pos + width:]
        elif kind == "duplicate" and n:
            width = draw(st.integers(1, 40))
            text = text[:pos] + text[pos:pos + width] * draw(st.integers(2, 3)) + text[pos:]
        elif kind == "swap_lines":
            lines = text.split("\n")
            if len(lines) > 1:
                i = draw(st.integers(0, len(lines) - 1))
                j = draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
                text = "\n".join(lines)
        elif kind == "replace" and n:
            token = draw(st.sampled_from(TOKENS))
            width = draw(st.integers(1, 6))
            text = text[:pos] + token + text[pos + width:]
        elif kind == "truncate":
            text = text[:pos]
        elif kind == "indent":
            lines = text.split("\n")
            i = draw(st.integers(0, max(len(lines) - 1, 0)))
            lines[i] = draw(st.sampled_from((" ", "\t", "        ", ""))) + lines[i].lstrip(" " * draw(st.integers(0, 1)))
            text = "\n".join(lines)
        elif kind == "char":
            text = text[:pos] + draw(st.characters()) + text[pos:]
    return text


def corpus_mutants():
    return st.sampled_from(corpus_files()).flatmap(mutations)


def program_mutants():
    return programs().map(lambda p: p.source).flatmap(mutations)


PYTHONISH = "abcxyz_019 \n\t()[]{}:;,.=+-*/%<>!&|^~@#'\"\\fbrdeiln"


def random_text():
    return st.one_of(
        st.text(max_size=200),
        st.text(alphabet=st.sampled_from(PYTHONISH), max_size=200),
        st.lists(st.sampled_from(TOKENS), max_size=30).map("".join),
    )


@functools.lru_cache(maxsize=1)
def _grammar_strategy():
    """Text derived from the Lark grammar (hypothesis.extra.lark): token sequences the grammar admits,
    without whitespace between tokens, so a fair share do not lex the same way: both kinds are wanted."""
    import lark
    from hypothesis.extra.lark import from_lark

    grammar = lark.Lark(GRAMMAR.read_text(encoding="utf-8"), start="module")
    explicit = {"_INDENT": st.sampled_from(("    ", "  ", "\t")), "_DEDENT": st.just(""),
                "MATCH": st.just("match"), "CASE": st.just("case")}
    return from_lark(grammar, start="module", explicit=explicit)
