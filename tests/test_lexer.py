"""monty_peg/lexer.py: the same tokens, positions and lexing errors as Lark's basic lexer, the post-lexing
layer's token stream (indentation, brackets, soft keywords), and time linear in the input."""

import time
from pathlib import Path

import pytest

from monty_peg import _parser as lark
from monty_peg import parse
from monty_peg.lexer import Abort

CASES = sorted((Path(__file__).parent / "cases").glob("*.py"))

TRICKY = [
    "", "\n", "x", "x = 1  # comment\n\n   # more\n\ty = 2\n", "a = (1,\n     2)\n", "s = '''a\nb'''; t = 1\n",
    'f"{x!r:>{w}}" rb"\\x00" Rb\'\' u"" br"""\n"""\n', "x = 1_000 + 0x_ff + 0o17 + 0b1 + 1.5e-3 + 2j + .5 + 1.\n",
    "if x:\n\tpass\n", "a = b \\\n  + c\n", "x = 1\x0c\ny = 2\n", "é = ü + 日本\n", "not_a_keyword = iffy\n",
    "lambda: None is not True or False and ...\n", "x //= y ** z >> 1 << 2 != 3 -> 4 := 5\n",
    "async def f(): await g\n", "match x:\n    case [a, *b]: pass\n", "x = 0777\n", "x = 1__0\n", "x = $\n",
    "s = 'unterminated\n", "y = 1 ?\n", "\\", "x = 09.5\n", "print(1)\n" * 3 + "  \\\n\n",
]


@pytest.fixture(scope="module")
def local():
    return parse._get()


@pytest.fixture(scope="module")
def reference():
    """Lark's own basic lexer over the same generated tables."""
    return lark.Lark_StandAlone()


def _fields(tokens):
    return [(t.type, t.value, t.start_pos, t.line, t.column, t.end_line, t.end_column, t.end_pos) for t in tokens]


def _lex(tokens_of):
    """(tokens, error position) of a token stream: Lark's UnexpectedCharacters ends it."""
    out = []
    try:
        for tok in tokens_of():
            out.append(tok)
    except lark.UnexpectedCharacters as e:
        return _fields(out), (e.pos_in_stream, e.line, e.column, e.char, sorted(e.allowed))
    return _fields(out), None


def _reference_slice(reference, text, start, end):
    frontend = reference.parser
    counter = lark.LineCounter("\n")
    line = text.count("\n", 0, start) + 1
    line_start = text.rfind("\n", 0, start) + 1
    counter.char_pos, counter.line, counter.column, counter.line_start_pos = start, line, start - line_start + 1, \
        line_start
    thread = lark.LexerThread(frontend.lexer, lark.LexerState(lark.TextSlice(text, start, end), counter))
    return thread.lex(None), line, line_start


@pytest.mark.parametrize("text", TRICKY + [p.read_text(encoding="utf-8") for p in CASES[::7]])
def test_tokens_match_larks_lexer(local, reference, text):
    ours = _lex(lambda: local.tokenizer._scan(text, 0, len(text), 1, 0, None, None))
    assert ours == _lex(lambda: reference.lex(text))


@pytest.mark.parametrize("text, start, end", [
    ("x = f'{a + b}'\n", 7, 12),
    ("y = 1\nz = f'''\n{ (a,\n  b) !r}'''\n", 16, 29),
    ("q = f'{1.5e3j}'", 7, 13),
    ("q = f'{a $ b}'", 7, 12),
])
def test_slices_match_larks_lexer(local, reference, text, start, end):
    stream, line, line_start = _reference_slice(reference, text, start, end)
    expected = _lex(lambda: stream)
    assert _lex(lambda: local.tokenizer._scan(text, start, end, line, line_start, None, None)) == expected


def _types(local, text, field_mode=False):
    return [t.type for t in local.tokenizer.tokens(text, 0, len(text), 1, 0, field_mode, [])]


def test_indentation_tokens(local):
    assert _types(local, "if x:\n    y\nz\n") == ["IF", "NAME", "COLON", "_NEWLINE", "_INDENT", "NAME", "_NEWLINE",
                                                 "_DEDENT", "NAME", "_NEWLINE"]
    assert _types(local, "if x:\n  if y:\n    z\n")[-3:] == ["_NEWLINE", "_DEDENT", "_DEDENT"]


def test_newlines_vanish_inside_brackets_and_fields(local):
    assert _types(local, "f(a,\n  b)\n") == ["NAME", "LPAR", "NAME", "COMMA", "NAME", "RPAR", "_NEWLINE"]
    assert _types(local, "a +\n b", field_mode=True) == ["NAME", "PLUS", "NAME"]


@pytest.mark.parametrize("text, first", [
    ("match x:\n    case 1:\n        pass\n", "MATCH"),
    ("match (a,\n   b):\n    case _:\n        pass\n", "MATCH"),
    ("match = re.match(p, s)\n", "NAME"),
    ("match(x)\n", "NAME"),
    ("case = 1\n", "NAME"),
    ("x = match\n", "NAME"),
])
def test_soft_keywords(local, text, first):
    assert _types(local, text)[0] == first


def test_case_is_retyped_at_the_start_of_its_line_only(local):
    types = _types(local, "match x:\n    case case:\n        pass\n")
    assert types[types.index("_INDENT") + 1:][:2] == ["CASE", "NAME"]


@pytest.mark.parametrize("text, message", [
    ("x = (" * 201, "too many nested parentheses"),
    ("".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n", "too many levels of indentation"),
    ("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('"),
    ("x = )\n", "unmatched ')'"),
    ("x = [1,\n", "'[' was never closed"),
    ("  x = 1\n", "unexpected indent"),
    ("if x:\n        a\n    b\n", "unindent does not match any outer indentation level"),
])
def test_post_lexing_errors(local, text, message):
    with pytest.raises(Abort) as e:
        _types(local, text)
    assert e.value.diagnostic.message == message


@pytest.mark.parametrize("make", [
    lambda n: "match (" + "x, " * n + "):\n    case _:\n        pass\n",  # a soft keyword's line is read ahead once
    lambda n: "match = 1\n" * (n // 4),
    lambda n: "'" + "\\'" * n + "'\n",
    lambda n: "x = " + "1" * n + "\n",
    lambda n: " " * n + "\n",
])
def test_time_is_linear_in_the_input(local, make):
    def cost(n):
        text = make(n)
        start = time.process_time()
        for _ in local.tokenizer.tokens(text, 0, len(text), 1, 0, False, []):
            pass
        return time.process_time() - start

    small, large = min(cost(5_000) for _ in range(3)), min(cost(50_000) for _ in range(3))
    assert large < 30 * max(small, 1e-3)
