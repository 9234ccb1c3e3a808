"""Tokenizer: source text → the token stream the grammar expects, for `parse.py`'s LALR loop.

It does the work of Lark's basic lexer and of our post-lexer in one place, because Lark's lexer was the
largest cost of parsing: some ten Python calls per token (scanner, `Token` construction, line counter,
keyword callback) and as many again per ignored run of spaces. Here a token is one step of a C-level
`finditer` over one master regex, built with `str.__new__`, with its line found by counting the newlines
of the few tokens that hold any.

The tokens are Lark's: the master regex joins the same terminals in the same order as Lark's basic lexer
(the first alternative that matches wins), keywords are NAMEs retyped by their exact text as Lark's
callback does, and a character no terminal matches raises Lark's `UnexpectedCharacters` with Lark's
position. On top of them the post-lexing layer adds indentation tokens, drops newlines inside brackets,
retypes the soft keywords `match`/`case`, and stops any input at 200 nested brackets or 100 indentation
levels, so nothing deep reaches the parser.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional

from . import _parser as lark
from .errors import Diagnostic

MAX_BRACKET_DEPTH = 200
MAX_INDENT_DEPTH = 100

_OPEN = {"LPAR": ")", "LSQB": "]", "LBRACE": "}"}
_CLOSE = {"RPAR": "(", "RSQB": "[", "RBRACE": "{"}
_SOFT_KEYWORDS = {"match": "MATCH", "case": "CASE"}
_UNMATCHED = "UNMATCHED_CHARACTER_"  # the master regex's last alternative: any character no terminal matches
_COMPARISONS = frozenset({"==", "!=", "<=", ">="})
_LOOKAHEAD_LIMIT = 100_000  # tokens a soft keyword's line is read ahead, at most


class Abort(Exception):
    """Stops a parse with a positioned diagnostic (raised here, and by lowering inside a parse)."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def diag(message: str, line: int, col: int, end_line: Optional[int] = None,
         end_col: Optional[int] = None, kind: str = "SyntaxError", code: str = "E001",
         hint: Optional[str] = None) -> Diagnostic:
    """A diagnostic from 1-based line and column."""
    return Diagnostic(code, message, line, col, end_line if end_line is not None else line,
                      end_col if end_col is not None else col + 1, hint, kind)


class Tokenizer:
    """The terminals of one generated parser, compiled into one master regex. Holds no per-parse state,
    so one instance serves nested parses (an f-string field parsed inside the module's parse)."""

    def __init__(self, basic_lexer) -> None:
        terminals, callbacks = lark._create_unless(basic_lexer.terminals, basic_lexer.g_regex_flags,
                                                   basic_lexer.re, basic_lexer.use_bytes)
        self._retype = {kind: _keywords(callback) for kind, callback in callbacks.items()}
        self._ignore = frozenset(basic_lexer.ignore_types)
        self._skip = self._ignore | {_UNMATCHED}
        names = {t.name for t in terminals}
        assert _UNMATCHED not in names
        self._allowed = (names - self._ignore) or {"<END-OF-FILE>"}
        self._terminals_by_name = basic_lexer.terminals_by_name
        # Each alternative names its terminal with an empty group at its end rather than a group around it,
        # so an alternative that starts with a literal or a character set still starts with one, and the
        # regex engine skips it on the first character without entering it.
        pattern = "|".join(f"(?:{t.pattern.to_regexp()})(?P<{t.name}>)" for t in terminals)
        self._finditer = re.compile(f"{pattern}|[\\s\\S](?P<{_UNMATCHED}>)", basic_lexer.g_regex_flags).finditer

    def tokens(self, text: str, pos: int, end: int, line: int, line_start: int, field_mode: bool,
               brackets: List, parser_state=None) -> Iterator:
        """The grammar's tokens for `text[pos:end]`, where `pos` is on `line`, which starts at offset
        `line_start`. A module gets indentation tokens; an f-string field (`field_mode`) is one expression
        in which newlines vanish. `brackets` receives the open brackets (the caller reports the ones left
        open); `parser_state` goes into a lexing error, as Lark's lexer does."""
        Token = lark.Token
        indents = [0]
        alt_indents = [0]
        at_line_start = not field_mode
        last = None
        for tok in self._scan(text, pos, end, line, line_start, None, parser_state):
            kind = tok.type
            if kind == "_NEWLINE":
                if brackets or field_mode:
                    continue
                yield tok
                last = tok
                at_line_start = True
                tail = tok.value.rsplit("\n", 1)[1]
                width, alt = _indent_width(tail)
                line = tok.end_line
                if width > indents[-1]:
                    if alt <= alt_indents[-1]:
                        raise Abort(diag("inconsistent use of tabs and spaces in indentation",
                                         line, len(tail) + 1, kind="TabError"))
                    if len(indents) >= MAX_INDENT_DEPTH:
                        raise Abort(diag("too many levels of indentation", line, 1, kind="IndentationError"))
                    indents.append(width)
                    alt_indents.append(alt)
                    # CPython reports an unexpected indent at the end of the indentation
                    yield Token("_INDENT", tail, None, line, len(tail), line, len(tail) + 1, None)
                else:
                    while width < indents[-1]:
                        indents.pop()
                        alt_indents.pop()
                        yield Token.new_borrow_pos("_DEDENT", tail, tok)
                    if width != indents[-1]:
                        raise Abort(diag("unindent does not match any outer indentation level",
                                         line, len(_source_line(text, line)) + 1, kind="IndentationError"))
                    if alt != alt_indents[-1]:
                        raise Abort(diag("inconsistent use of tabs and spaces in indentation",
                                         line, len(tail) + 1, kind="TabError"))
                continue

            if last is None and not field_mode and tok.column > 1:
                raise Abort(diag("unexpected indent", tok.line, tok.column - 1, kind="IndentationError"))
            if at_line_start:
                at_line_start = False
                if kind == "NAME" and tok.value in _SOFT_KEYWORDS and self._starts_block(tok, text, end,
                                                                                          parser_state):
                    tok = Token.new_borrow_pos(_SOFT_KEYWORDS[tok.value], tok.value, tok)
                    kind = tok.type

            if kind in _OPEN:
                brackets.append(tok)
                if len(brackets) > MAX_BRACKET_DEPTH:
                    raise Abort(diag("too many nested parentheses", tok.line, tok.column))
            elif kind in _CLOSE:
                if not brackets:
                    raise Abort(diag(f"unmatched '{tok.value}'", tok.line, tok.column))
                opener = brackets.pop()
                if _OPEN[opener.type] != tok.value:
                    where = "" if opener.line == tok.line else f" on line {opener.line}"
                    raise Abort(diag(
                        f"closing parenthesis '{tok.value}' does not match opening parenthesis "
                        f"'{opener.value}'{where}", tok.line, tok.column))
            yield tok
            last = tok

        if brackets:
            opener = brackets[0] if field_mode else brackets[-1]
            raise Abort(diag(f"'{opener.value}' was never closed", opener.line, opener.column))
        while len(indents) > 1:
            indents.pop()
            if last is not None:
                yield Token.new_borrow_pos("_DEDENT", "", last)
            else:
                yield Token("_DEDENT", "", 0, 1, 1, 1, 1, 0)

    def _starts_block(self, tok, text: str, end: int, parser_state) -> bool:
        """Whether the logical line after the soft keyword `tok` ends with ':' (`match x:` rather than
        `match = x`), or, for `case`, has its clause's ':' followed by a simple statement (`case 1: pass`):
        a ':' outside brackets after at least one token, with no assignment before it (`case = lambda: 0`,
        `case: int = 0` stay names). Reads the rest of the line ahead with a scan of its own; the main scan
        reads it again."""
        line_start = tok.end_pos - tok.end_column + 1
        depth = read = significant = 0
        last_kind = None
        assigned = clause_colon = False
        for t in self._scan(text, tok.end_pos, end, tok.end_line, line_start, tok, parser_state):
            read += 1
            kind = t.type
            if kind == "_NEWLINE":
                if depth <= 0:
                    break
            else:
                significant += 1
                last_kind = kind
                if kind in _OPEN:
                    depth += 1
                elif kind in _CLOSE:
                    depth -= 1
                elif depth == 0 and not clause_colon:
                    if kind == "COLON":
                        clause_colon = significant >= 2 and not assigned
                    elif t.value[-1:] == "=" and t.value not in _COMPARISONS:
                        assigned = True
            if read > _LOOKAHEAD_LIMIT:
                break
        return significant >= 2 and (last_kind == "COLON" or (tok.value == "case" and clause_colon))

    def _scan(self, text: str, pos: int, end: int, line: int, line_start: int, last, parser_state) -> Iterator:
        """Lark's tokens for `text[pos:end]`, ignored terminals left out. `last` is the token before `pos`
        (for the error's token history)."""
        new = str.__new__
        Token = lark.Token
        skip = self._skip
        retype = self._retype
        for m in self._finditer(text, pos, end):
            kind = m.lastgroup
            value = m.group()
            start = pos
            pos = m.end()
            if kind in skip:
                if kind == _UNMATCHED:
                    raise self._unexpected(text, start, line, start - line_start + 1, last, parser_state)
                if "\n" in value:  # a line continuation
                    line += value.count("\n")
                    line_start = start + value.rindex("\n") + 1
                continue
            if kind in retype:
                kind = retype[kind].get(value, kind)
            tok = new(Token, value)
            tok.type = kind
            tok.start_pos = start
            tok.value = value
            tok.line = line
            tok.column = start - line_start + 1
            if "\n" in value:
                line += value.count("\n")
                line_start = start + value.rindex("\n") + 1
            tok.end_line = line
            tok.end_column = pos - line_start + 1
            tok.end_pos = pos
            last = tok
            yield tok

    def _unexpected(self, text, pos, line, column, last, parser_state):
        return lark.UnexpectedCharacters(text, pos, line, column, allowed=set(self._allowed),
                                         token_history=last and [last], state=parser_state,
                                         terminals_by_name=self._terminals_by_name)


def _keywords(callback) -> dict:
    """The text → terminal map of Lark's callback that retypes a NAME matching a keyword's exact text."""
    assert isinstance(callback, lark.UnlessCallback)
    words = {}
    for t in callback.scanner.terminals:
        assert t.pattern.type == "str" and not t.pattern.flags, t
        words[t.pattern.value] = t.name
    return words


def _indent_width(ws: str):
    """CPython's two measures of an indentation: tabs to multiples of 8, and tabs as one column."""
    col = alt = 0
    for ch in ws:
        if ch == " ":
            col += 1
            alt += 1
        elif ch == "\t":
            col = (col // 8 + 1) * 8
            alt += 1
        elif ch == "\f":
            col = alt = 0
    return col, alt


def _source_line(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 1 <= line <= len(lines) else ""
