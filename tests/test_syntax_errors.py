"""Syntax errors: the same kind, message and position as CPython's `compile()`, and robustness on hostile input.

Positions are CPython's: `lineno` and a 1-based `offset`. The second half feeds the parser input built
to hurt it (deep nesting, garbage, deep indentation, an unterminated triple-quoted string): each must
end in `monty_peg.MontySyntaxError`, never another exception, and quickly.
"""

import random
import string
import textwrap
import time
import warnings

import pytest

import monty_peg

SOURCES = {
    "invalid_syntax_mid_line": """
        x = 1
        y = x +* 2
    """,
    "missing_colon_after_def": """
        def f(a, b)
            return a
    """,
    "unclosed_paren_at_eof": """
        print("a")
        total = max(1,
            2,
    """,
    "unmatched_close_bracket": """
        items = [1, 2]]
    """,
    "mismatched_bracket_on_later_line": """
        data = {
            "a": [1, 2,
        }
    """,
    "unterminated_string_in_function": """
        def greet(name):
            return 'hello, + name
    """,
    "unexpected_indent": """
        a = 1
          b = 2
    """,
    "unindent_mismatch": """
        if True:
                x = 1
            y = 2
    """,
    "missing_block_after_while": """
        n = 3
        while n:
        n -= 1
    """,
    "assign_to_call_in_body": """
        def f():
            return 1
        for i in range(2):
            f() = i
    """,
    "break_outside_loop_in_function": """
        def g(items):
            if not items:
                break
    """,
    "duplicate_argument": """
        def area(w, h, w):
            return w * h
    """,
    "fstring_empty_expression": """
        name = "x"
        s = f"{name} and {}"
    """,
    "invalid_character": """
        total = 3 – 1
    """,
    "print_statement": """
        if True:
            print "x"
    """,
    "keyword_argument_repeated": """
        dict(a=1, b=2, a=3)
    """,
    "comma_hint_in_list": """
        print([count items])
    """,
    "unexpected_indent_after_comment": """
        # a comment first
          x = 1
    """,
    "parse_error_then_unterminated_string": """
        x = 1 +
        print("done)
    """,
}


TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", ":=", "*", "**", "+", "-", "/", ".", ";", "->", "@",
          "def", "lambda", "if", "else", "elif", "for", "in", "while", "return", "yield", "from", "not",
          "and", "or", "is", "None", "try", "except", "finally", "raise", "global", "nonlocal", "del", "pass",
          "x", "y", "f", "1", "2.5", "0x1f", "'s'", '"t"', "f'{x}'", "f'{", "'", '"""', "#", "\\", "\n",
          "\n    ", "\n        ", "\t", " ", " ", " "]


def _deep_if(levels):
    lines = ["    " * depth + f"if x{depth}:" for depth in range(levels)]
    return "\n".join(lines) + "\n" + "    " * levels + "pass\n"


# generated sources, compared like the ones above (CPython's tokenizer limits: 200 brackets, 100 indents)
GENERATED = {
    "too_many_nested_parentheses": "x = " + "(" * 300 + "1" + ")" * 300 + "\n",
    "too_many_nested_mixed_brackets": "x = " + "[-(" * 150 + "1" + ")]" * 150 + "\n",
    "too_many_indentation_levels": _deep_if(120),
    "indentation_limit_exactly_100_levels": _deep_if(100),  # CPython's first rejected depth
    "indented_first_line": "    x = 1\nprint(x)\n",
    "unterminated_triple_quote_after_code": 'x = 1\ndoc = """starts here\nand goes on\n',
    "too_many_statically_nested_blocks": "".join("  " * i + f"while x{i}:\n" for i in range(25)) + "  " * 25 + "pass\n",
}


def _cpython_compile(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences in generated sources
        compile(source, "main.py", "exec")


def _cpython_error(source):
    with pytest.raises(SyntaxError) as info:
        _cpython_compile(source)
    return info.value


def _monty_error(source):
    with pytest.raises(monty_peg.MontySyntaxError) as info:
        monty_peg.Monty(source, script_name="main.py")
    return info.value


ALL_SOURCES = {**{k: textwrap.dedent(v).lstrip("\n") for k, v in SOURCES.items()}, **GENERATED}


@pytest.mark.parametrize("name", sorted(ALL_SOURCES))
def test_position_matches_cpython(name):
    source = ALL_SOURCES[name]
    want = _cpython_error(source)
    got = _monty_error(source)
    assert (got.kind, got.msg, got.lineno, got.offset) == (type(want).__name__, want.msg, want.lineno,
                                                          want.offset)


def _rejects_quickly(source, seconds=10.0):
    start = time.perf_counter()
    try:
        monty_peg.Monty(source, script_name="main.py")
    except monty_peg.MontySyntaxError as e:
        error = e
    else:
        pytest.fail("the source compiled")
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, f"took {elapsed:.1f}s"
    return error


@pytest.mark.parametrize("opener,closer", [("(", ")"), ("[", "]"), ("{", "}")], ids=["paren", "bracket", "brace"])
def test_ten_thousand_nested_brackets(opener, closer):
    _rejects_quickly("x = " + opener * 10_000 + "1" + closer * 10_000 + "\n")


def test_ten_thousand_unclosed_brackets():
    _rejects_quickly("x = " + "(" * 10_000 + "\n")


def test_deeply_nested_unary_and_lists_mixed():
    _rejects_quickly("x = " + "[-(" * 5_000 + "1" + ")]" * 5_000 + "\n")


@pytest.mark.parametrize("seed", range(20))
def test_random_printable_garbage(seed):
    rng = random.Random(seed)
    alphabet = string.printable
    source = "".join(rng.choice(alphabet) for _ in range(rng.randint(50, 3000)))
    start = time.perf_counter()
    try:
        monty_peg.Monty(source, script_name="main.py")
    except monty_peg.MontySyntaxError:
        pass  # the expected outcome; random text that happens to be valid Python is fine too
    assert time.perf_counter() - start < 10.0


def test_random_garbage_agrees_with_cpython_on_rejection():
    rng = random.Random(1234)
    for _ in range(30):
        source = "".join(rng.choice(string.printable) for _ in range(rng.randint(20, 400)))
        try:
            _cpython_compile(source)
        except (SyntaxError, ValueError):
            cpython_rejects = True
        else:
            cpython_rejects = False
        if cpython_rejects:
            _rejects_quickly(source)


@pytest.mark.parametrize("seed", range(10))
def test_random_token_soup(seed):
    """Python-looking garbage goes deeper into the parser than random characters do."""
    rng = random.Random(seed)
    for _ in range(50):
        source = " ".join(rng.choice(TOKENS) for _ in range(rng.randint(3, 60)))
        try:
            _cpython_compile(source)
        except SyntaxError:
            _rejects_quickly(source)
        else:
            try:  # valid for CPython: monty_peg may compile it or refuse it, but only with MontySyntaxError
                monty_peg.Monty(source, script_name="main.py")
            except monty_peg.MontySyntaxError:
                pass


def test_deep_indentation_150_levels():
    source = _deep_if(150)
    error = _rejects_quickly(source)
    want = _cpython_error(source)  # IndentationError: too many levels of indentation
    assert (error.kind, error.msg) == (type(want).__name__, want.msg)


def test_deep_indentation_150_levels_broken():
    lines = ["    " * depth + f"while y{depth}:" for depth in range(150)]
    lines.append("x = 1")  # the innermost block is missing
    error = _rejects_quickly("\n".join(lines) + "\n")
    assert error.kind in ("SyntaxError", "IndentationError")


def test_unterminated_triple_quoted_string():
    source = 'x = 1\ndoc = """starts here\nand goes on\n' + "more text\n" * 2000
    error = _rejects_quickly(source)
    want = _cpython_error(source)
    assert (error.msg, error.lineno, error.offset) == (want.msg, want.lineno, want.offset)


def test_unterminated_triple_quoted_string_is_syntax_error_even_when_huge():
    _rejects_quickly("'''" + "a" * 200_000)
