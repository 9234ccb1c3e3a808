"""f-strings: split a literal into text and replacement fields, with CPython 3.11's rules and messages.

Field expressions are parsed in place by the same grammar (start rule `field_input`), so their nodes
carry absolute positions in the script.
"""

from __future__ import annotations

from typing import Callable, List, Optional

from . import ir, positions
from .strings import LiteralError, decode_literal

MAX_SPEC_DEPTH = 2


class FStringError(Exception):
    def __init__(self, message: str, span: Optional[ir.Span] = None):
        super().__init__(message)
        self.message = message
        self.span = span


def _position(source: str, offset: int):
    return positions.position(source, offset)


def _span(source: str, start: int, end: int) -> ir.Span:
    return (*_position(source, start), *_position(source, end))


def scan_fstring(source: str, start: int, end: int, raw: bool, parse_field: Callable,
                 string_span: ir.Span, depth: int = 0) -> List:
    """The f-string body `source[start:end]` as a list of Constant and FormattedValue nodes."""
    values, _ = _scan(source, start, end, raw, parse_field, string_span, depth)
    return values


def _scan(source, start, end, raw, parse_field, string_span, depth):
    """Scan text and fields from `start`; a format spec (depth > 0) stops at its closing '}'.
    Returns (nodes, index where scanning stopped)."""
    values: list = []
    chunk: list = []
    chunk_start = start

    def flush(upto):
        nonlocal chunk, chunk_start
        if chunk:
            text = "".join(chunk)
            try:
                value = decode_literal(text, raw, False)
            except LiteralError as e:
                raise FStringError(e.message, string_span) from None
            if value:
                values.append(ir.Constant(_span(source, chunk_start, upto), value))
        chunk = []

    i = start
    while i < end:
        ch = source[i]
        if ch == "{":
            if depth == 0 and i + 1 < end and source[i + 1] == "{":
                chunk.append("{")
                i += 2
                continue
            flush(i)
            i = _field(source, i, end, raw, parse_field, string_span, depth, values)
            chunk_start = i
        elif ch == "}":
            if depth > 0:
                flush(i)
                return values, i
            if i + 1 < end and source[i + 1] == "}":
                chunk.append("}")
                i += 2
                continue
            raise FStringError("f-string: single '}' is not allowed", _span(source, i, i + 1))
        elif ch == "\\" and not raw and i + 1 < end:
            if source[i + 1] == "N" and source.startswith("{", i + 2):
                close = source.find("}", i, end)
                close = end - 1 if close < 0 else close
                chunk.append(source[i:close + 1])
                i = close + 1
            else:
                chunk.append(source[i:i + 2])
                i += 2
        else:
            chunk.append(ch)
            i += 1
    flush(end)
    return values, end


def _field(source, brace, end, raw, parse_field, string_span, depth, values) -> int:
    """Parse the replacement field opening at `brace`; append its nodes; return the index after '}'."""
    if depth >= MAX_SPEC_DEPTH:
        raise FStringError("f-string: expressions nested too deeply", _span(source, brace, brace + 1))
    expr_start = brace + 1
    i = expr_start
    nesting = 0
    quote = None
    while i < end:
        ch = source[i]
        if quote:
            if source.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if ch == "\\":
                raise FStringError("f-string expression part cannot include a backslash",
                                   _span(source, i, i + 1))
            i += 1
            continue
        if ch == "\\":
            raise FStringError("f-string expression part cannot include a backslash", _span(source, i, i + 1))
        if ch in "'\"":
            quote = ch * 3 if source.startswith(ch * 3, i) else ch
            i += len(quote)
            continue
        if ch in "[({":
            nesting += 1
            if nesting > 200:
                raise FStringError("f-string: too many nested parenthesis", _span(source, i, i + 1))
        elif ch in "])}":
            if nesting == 0:
                if ch == "}":
                    break
                raise FStringError(f"f-string: unmatched '{ch}'", _span(source, i, i + 1))
            nesting -= 1
        elif ch == "#":
            raise FStringError("f-string expression part cannot include '#'", _span(source, i, i + 1))
        elif nesting == 0 and ch in "!:=<>":
            nxt = source[i + 1] if i + 1 < end else ""
            if nxt == "=" and ch in "!=<>":
                i += 2
                continue
            if ch in "<>":
                i += 1
                continue
            break
        i += 1
    if quote:
        raise FStringError("f-string: unterminated string", string_span)
    if i >= end:
        raise FStringError("f-string: expecting '}'", _span(source, brace, brace + 1))
    expr_end = i
    if not source[expr_start:expr_end].strip():
        raise FStringError("f-string: empty expression not allowed", _span(source, brace, expr_end + 1))
    debug_text = None
    if source[i] == "=":
        i += 1
        while i < end and source[i] in " \t\n\f":
            i += 1
        debug_text = source[expr_start:i]
    conversion = -1
    if i < end and source[i] == "!":
        conv = source[i + 1] if i + 1 < end else ""
        if conv not in ("r", "s", "a"):
            raise FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                               _span(source, i, i + 2))
        conversion = ord(conv)
        i += 2
    spec = None
    if i < end and source[i] == ":":
        spec_start = i + 1
        parts, j = _scan(source, spec_start, end, raw, parse_field, string_span, depth + 1)
        if j >= end:
            raise FStringError("f-string: expecting '}'", _span(source, brace, brace + 1))
        spec = ir.JoinedStr(_span(source, spec_start, j), tuple(parts))
        i = j
    if i >= end or source[i] != "}":
        raise FStringError("f-string: expecting '}'", _span(source, brace, brace + 1))
    expression = parse_field(expr_start, expr_end)
    field_span = _span(source, brace, i + 1)
    if debug_text is not None:
        values.append(ir.Constant(field_span, debug_text))
        if conversion == -1 and spec is None:
            conversion = ord("r")
    values.append(ir.FormattedValue(field_span, expression, conversion, spec))
    return i + 1
