"""Parse stage: source text → `ir.Module`, or `MontySyntaxError`.

`lexer.py` turns the text into the grammar's tokens (indentation, brackets, soft keywords, nesting
bounds); the LALR loop here drives the generated parser's tables (`_parser.py`, from `grammar/monty.lark`)
with the lowering callbacks, so the IR is built while parsing and no parse tree exists. This module owns:

- refusing text with NUL bytes or over the size bound (normalising it is `source.py`'s);
- the LALR loop, which is iterative: the tokenizer stops any input at 200 nested brackets or 100
  indentation levels, so nothing deep is built;
- turning Lark's errors into CPython's messages, with positions.

A parser object is not re-entrant across threads, so each thread builds its own (~30 ms, once).
"""

from __future__ import annotations

import threading
from functools import partial
from operator import itemgetter
from typing import Optional

from . import _parser as lark
from . import positions
from .errors import Diagnostic, MontySyntaxError
from .lexer import Abort as _Abort  # lowering raises it inside a parse, as `parse._Abort`
from .lexer import Tokenizer
from .lexer import diag as _diag
from .source import MAX_SOURCE_CHARS, normalize_source  # noqa: F401 (the compiler's names for them)


# ---------------------------------------------------------------- parser instances


class _Parsers(threading.local):
    parser = None
    inner = None
    tokenizer = None
    drive = None
    lowering = None
    open_brackets: list = []  # the module parse's unclosed brackets, for "'(' was never closed"


_local = _Parsers()


def _get():
    if _local.parser is None:
        from .lower import Lowering

        _local.lowering = Lowering(parse_field)
        _local.parser = lark.Lark_StandAlone(transformer=_local.lowering)
        frontend = _local.parser.parser  # Lark_StandAlone -> ParsingFrontend -> LALR_Parser -> _Parser
        _local.inner = frontend.parser.parser
        _local.tokenizer = Tokenizer(frontend.lexer)
        _local.drive = _make_driver(_local.inner)
    return _local


def _parse(local, text: str, pos: int, end: int, line: int, line_start: int, rule: str, field_mode: bool,
           brackets: list):
    """Parse `text[pos:end]` from the start rule `rule`; `pos` is on `line`, which starts at `line_start`."""
    inner = local.inner
    conf = lark.ParseConf(inner.parse_table, inner.callbacks, rule)
    state = lark.ParserState(conf, lark.LexerThread(None, None))  # no Lark lexer: `tokens` feeds the loop
    tokens = local.tokenizer.tokens(text, pos, end, line, line_start, field_mode, brackets, state)
    return local.drive(state, tokens)


def _make_driver(inner):
    """Drive the generated LALR tables with a tighter loop than Lark's `ParserState.feed_token`.

    Compiling is mostly parsing, and Lark's loop spends most of it on bookkeeping: each reduction looks its
    callback up in a dict keyed by `Rule` objects (whose `__hash__`, and `__eq__` through an `assert`, are
    Python methods), and an operand climbs about fifteen single-child precedence rules (`?expr: xor_expr`,
    ...), each a call to a pass-through wrapper. This loop reads a precomputed table instead, and does a run
    of such unit reductions as one lookup of the state it ends in, which roughly halves the time parsing
    takes. It builds the same values in the same order (see `_reducer`). On a token with no action it hands
    the state to Lark's own `feed_token`, which raises the same `UnexpectedToken`, with the same parser
    state, as Lark's loop would.
    """
    table = _action_table(inner)
    # (state below, top state, token type) -> the top state after the run of unit reductions; bounded by
    # the configurations the grammar allows, whatever the input
    unit_runs: dict = {}

    def drive(state, tokens):
        state_stack = state.state_stack
        value_stack = state.value_stack
        token = None
        top = state_stack[-1]
        try:
            for token in tokens:
                kind = token.type
                while True:
                    try:
                        shift, arg, reduce, goto = table[top][kind]
                    except KeyError:
                        state.feed_token(token)  # raises Lark's UnexpectedToken
                        raise
                    if shift:
                        state_stack.append(arg)
                        value_stack.append(token if reduce is None else reduce(token))
                        top = arg
                        break
                    if arg < 0:  # a run of unit reductions only replaces the top state: look the run up
                        key = (state_stack[-2], top, kind)
                        top = unit_runs.get(key)
                        if top is None:
                            top = unit_runs[key] = _unit_run(table, key[0], goto, kind)
                        state_stack[-1] = top
                        continue
                    if arg:
                        children = value_stack[-arg:]
                        del state_stack[-arg:]
                        del value_stack[-arg:]
                    else:
                        children = []
                    value_stack.append(children if reduce is None else reduce(children))
                    top = goto[state_stack[-1]]
                    state_stack.append(top)
            end = lark.Token.new_borrow_pos("$END", "", token) if token else lark.Token("$END", "", 0, 1, 1)
            end_state = state.parse_conf.end_state
            while True:  # the end of input: reduce until the start rule is complete
                try:
                    shift, arg, reduce, goto = table[state_stack[-1]]["$END"]
                except KeyError:
                    state.feed_token(end, True)  # raises Lark's UnexpectedToken
                    raise
                if shift:  # the tables never shift the end; let Lark report it
                    return state.feed_token(end, True)
                if arg < 0:
                    state_stack[-1] = goto[state_stack[-2]]
                else:
                    children = value_stack[-arg:] if arg else []
                    if arg:
                        del state_stack[-arg:]
                        del value_stack[-arg:]
                    value_stack.append(children if reduce is None else reduce(children))
                    state_stack.append(goto[state_stack[-1]])
                if state_stack[-1] == end_state:
                    return value_stack[-1]
        except lark.UnexpectedInput as e:
            e.interactive_parser = lark.InteractiveParser(inner, state, state.lexer)
            raise

    return drive


def _action_table(inner) -> dict:
    """state -> token type -> (shift, arg, function, goto): a shift has the next state and the token's
    callback (None: the token itself is the value); a reduction has the number of children (-1 for a unit
    reduction `?a: b`, whose callback would return its only child unchanged), its `_reducer` and its rule's
    gotos (state below -> next state)."""
    callbacks = inner.callbacks
    token_callbacks = {k: v for k, v in callbacks.items() if isinstance(k, str)}
    states = inner.parse_table.states
    rule_names = {rule.origin.name for rule in callbacks if not isinstance(rule, str)}
    gotos: dict = {name: {} for name in rule_names}  # rule name -> state below -> the state after it
    for state, actions in states.items():
        for kind, (action, arg) in actions.items():
            if action == lark.Shift and kind in rule_names:
                gotos[kind][state] = arg
    reducers: dict = {}
    table = {}
    for state, actions in states.items():
        row = table[state] = {}
        for kind, (action, arg) in actions.items():
            if action == lark.Shift:
                row[kind] = (True, arg, token_callbacks.get(kind), None)
                continue
            if arg not in reducers:
                reducers[arg] = _reducer(arg, callbacks[arg])
            size = len(arg.expansion)
            child = arg.expansion[0] if size == 1 else None
            if isinstance(callbacks[arg], lark.ExpandSingleChild) and child is not None and not child.is_term \
                    and not child.name.startswith("_"):
                size = -1  # `?a: b`: the callback would return its only child unchanged
            row[kind] = (False, size, reducers[arg], gotos[arg.origin.name])
    return table


def _reducer(rule, callback):
    """Lark's callback chain for `rule` (child filter, then `?rule`'s single-child expansion, then the
    lowering method or a Tree) as one function; None for an inlined rule (`_name`) without a filter.

    An inlined rule's value only ever reaches its parent's child filter, which splices its children into
    the parent's; so here its value is the list of its children rather than a Tree holding that list, and
    the parent splices the list. Every other value is the one Lark's chain builds."""
    collect = None
    if isinstance(callback, lark.ChildFilter):
        collect = _collector(callback)
        callback = callback.node_builder
    if rule.origin.name.startswith("_"):
        # an inlined rule's callback only builds the Tree its parent's filter opens
        assert isinstance(callback, partial) and callback.func is lark.Tree, rule
        return collect
    if isinstance(callback, lark.ExpandSingleChild):
        callback = _expand_single(callback.node_builder)
    if collect is None:
        return callback
    return lambda children: callback(collect(children))


def _expand_single(build):
    """`?rule`: its only child when it has one, else what `build` makes of its children."""
    return lambda children: children[0] if len(children) == 1 else build(children)


def _collector(child_filter):
    """What a Lark child filter passes on, as a function of the reduced children: the kept children in
    order, an inlined rule's children (a list, see `_reducer`) spliced in, and None for each absent
    optional part. Like Lark's filter it extends a leading inlined list in place, which keeps a long
    repetition (`_stmt*`) linear."""
    plan = [(entry[0], entry[1], entry[2] if len(entry) > 2 else 0) for entry in child_filter.to_include]
    trailing = getattr(child_filter, "append_none", 0)
    if not trailing and not any(expand or nones for _, expand, nones in plan):
        return _picker([i for i, _, _ in plan])
    if not trailing and len(plan) == 1 and not plan[0][2]:
        only = plan[0][0]
        return lambda children: children[only]

    def collect(children):
        out = []
        for i, expand, nones in plan:
            if nones:
                out += [None] * nones
            if not expand:
                out.append(children[i])
            elif out:
                out += children[i]
            else:
                out = children[i]
        if trailing:
            out += [None] * trailing
        return out

    return collect


def _picker(indices):
    """A function of a list that returns a new list of its items at `indices`."""
    if len(indices) == 1:
        only = indices[0]
        return lambda children: [children[only]]
    if not indices:
        return lambda children: []
    get = itemgetter(*indices)
    return lambda children: list(get(children))


def _unit_run(table, below, goto, kind):
    """The top state after a run of unit reductions (`?a: b`) with `kind` as the lookahead, starting with
    one whose gotos are `goto`, over the state `below` (which none of them changes)."""
    while True:
        top = goto[below]
        entry = table[top].get(kind)
        if entry is None or entry[0] or entry[1] >= 0:
            return top
        goto = entry[3]


def parse_module(source: str, filename: str = "main.py", diagnostics: Optional[list] = None,
                 max_chars: Optional[int] = MAX_SOURCE_CHARS):
    """Parse normalised source into an `ir.Module`.

    Lowering problems (refused constructs, invalid targets, ...) are appended to `diagnostics` and parsing
    goes on, so a caller can report them all; a syntax error stops the parse. Raises `MontySyntaxError`
    for the first problem when `diagnostics` is None.
    """
    collect = diagnostics is not None
    found: list = diagnostics if collect else []
    if "\x00" in source:
        line = source.count("\n", 0, source.index("\x00")) + 1
        d = _diag("source code cannot contain null bytes", line, 1)
        return _fail(d, source, filename, found, collect)
    if max_chars is not None and len(source) > max_chars:
        return _fail(source_too_long(len(source), max_chars), source, filename, found, collect)
    state = _get()
    lowering = state.lowering
    saved = lowering.begin(source, filename, found)
    try:
        state.open_brackets = []
        module = _parse(state, source, 0, len(source), 1, 0, "module", False, state.open_brackets)
    except _Abort as e:
        return _fail(e.diagnostic, source, filename, found, collect)
    except lark.UnexpectedInput as e:
        diagnostic = _from_lark(e, source)
        unclosed = _unclosed_bracket(state.open_brackets, diagnostic)
        if isinstance(e, lark.UnexpectedToken):
            # like CPython, finish tokenizing: a tokenizer error later in the file wins over the parse error
            diagnostic = _tokenizer_error(state, source) or unclosed or diagnostic
        return _fail(unclosed if unclosed and diagnostic.message.endswith("was never closed") else diagnostic,
                     source, filename, found, collect)
    finally:
        lowering.end(saved)
    if found and not collect:
        raise _syntax_error(found[0], source, filename, found)
    return module


def source_too_long(length: int, limit: int) -> Diagnostic:
    return _diag(f"source is too long ({length} characters; the limit is {limit})", 1, 1,
                 hint="the host sets the limit: Monty(..., max_source_chars=...)")


def _tokenizer_error(state, source: str) -> Optional[Diagnostic]:
    """The first error tokenizing the whole source finds, if any."""
    try:
        for _ in state.tokenizer.tokens(source, 0, len(source), 1, 0, False, []):
            pass
    except _Abort as e:
        return e.diagnostic
    except lark.UnexpectedCharacters as e:
        return _bad_character(e, source)
    return None


def _unclosed_bracket(brackets, diagnostic):
    """CPython blames a bracket left open on an earlier line for a syntax error found after it."""
    if brackets and diagnostic.kind == "SyntaxError":
        opener = brackets[-1]
        if opener.line < diagnostic.line:
            return _diag(f"'{opener.value}' was never closed", opener.line, opener.column)
    return None


def parse_field(source: str, start: int, end: int):
    """Parse an f-string replacement field's expression, in place, so positions are absolute."""
    line, col = positions.position(source, start)
    try:
        return _parse(_get(), source, start, end, line, start - col, "field_input", True, [])
    except lark.UnexpectedInput as e:
        d = _from_lark(e, source, in_fstring=True)
        raise _Abort(d) from None


def _fail(diagnostic, source, filename, found, collect):
    found.append(diagnostic)
    if collect:
        return None
    raise _syntax_error(diagnostic, source, filename, found)


def source_line(source: str, line: int) -> str:
    lines = source.split("\n")
    if 1 <= line <= len(lines):
        return lines[line - 1]
    return ""


def _syntax_error(diagnostic, source, filename, found=()):
    return MontySyntaxError(diagnostic, filename, source_line(source, diagnostic.line), tuple(found))


# ---------------------------------------------------------------- Lark errors → CPython's messages

_READABLE = {
    "_NEWLINE": "newline", "_INDENT": "indent", "_DEDENT": "dedent", "$END": "end of input",
    "LPAR": "'('", "RPAR": "')'", "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'", "RBRACE": "'}'",
    "COLON": "':'", "COMMA": "','", "SEMICOLON": "';'", "EQUAL": "'='", "DOT": "'.'", "STAR": "'*'",
    "DOUBLESTAR": "'**'", "NAME": "a name", "STRING": "a string", "DEC_NUMBER": "a number",
    "MATCH": "'match'", "CASE": "'case'",
}
_BLOCK_OPENERS = {
    "if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
    "for": "'for' statement", "while": "'while' statement", "with": "'with' statement",
    "try": "'try' statement", "except": "'except' statement", "finally": "'finally' statement",
    "def": "function definition", "class": "class definition", "match": "'match' statement",
    "case": "'case' statement",
}


_LITERALS: dict = {}  # terminal name -> its literal text ('MINUS' -> '-'), from the generated parser


def readable_token(name: str) -> str:
    if name in _READABLE:
        return _READABLE[name]
    if name.endswith("_NUMBER"):
        return "a number"
    if not _LITERALS:
        _LITERALS.update((t.name, t.pattern.value) for t in _get().parser.terminals if t.pattern.type == "str")
    if name in _LITERALS:
        return f"'{_LITERALS[name]}'"
    if name.isupper() and name.isalpha():
        return f"'{name.lower()}'"
    return name.lower().replace("_", " ")


def _from_lark(e, source: str, in_fstring: bool = False) -> Diagnostic:
    if isinstance(e, lark.UnexpectedCharacters):
        return _bad_character(e, source)
    if isinstance(e, lark.UnexpectedToken):
        return _bad_token(e, source, in_fstring)
    line = getattr(e, "line", 1) or 1
    col = getattr(e, "column", 1) or 1
    return _diag("invalid syntax", line, col)


def _bad_character(e, source: str) -> Diagnostic:
    pos = e.pos_in_stream
    ch = source[pos] if pos < len(source) else ""
    line, col = e.line, e.column
    rest = source[pos:pos + 4]
    stripped = rest.lstrip("rRbBuUfF")
    if stripped[:1] in ("'", '"'):
        quote = stripped[0]
        back = pos
        while back > 0 and source[back - 1] == quote:  # `"""` lexes as `""` then an unterminated `"`
            back -= 1
        if pos - back >= 2:
            while back > 0 and source[back - 1] in "rRbBuUfF":
                back -= 1
            line = source.count("\n", 0, back) + 1
            col = back - (source.rfind("\n", 0, back) + 1) + 1
            stripped = quote * 3
        if stripped.startswith(quote * 3):
            last = source.count("\n")
            return _diag(f"unterminated triple-quoted string literal (detected at line {last})", line, col)
        return _diag(f"unterminated string literal (detected at line {line})", line, col)
    if ch == "\\":
        return _diag("unexpected character after line continuation character", line, col)
    if ch.isdigit() or (ch == "." and source[pos + 1:pos + 2].isdigit()):
        if ch == "0" and source[pos + 1:pos + 2].isdigit():
            return _diag("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                         "for octal integers", line, col)
        return _diag("invalid decimal literal", line, col)
    if ch and not ch.isascii():
        return _diag(f"invalid character '{ch}' (U+{ord(ch):04X})", line, col)
    if ch == "!":
        return _diag("invalid syntax", line, col)
    return _diag("invalid syntax", line, col)


def _bad_token(e, source: str, in_fstring: bool) -> Diagnostic:
    tok = e.token
    kind = tok.type
    expected = set(getattr(e, "accepts", None) or e.expected or ())
    line = tok.line if tok.line is not None else source.count("\n")
    col = tok.column if tok.column is not None else 1
    end_line = getattr(tok, "end_line", None) or line
    end_col = getattr(tok, "end_column", None) or col + 1
    hint = _expected_hint(expected)
    if in_fstring:
        if kind == "$END":
            return _diag("f-string: expecting '}'", line, col, hint=hint)
        return _diag("f-string: invalid syntax", line, col, end_line, end_col, hint=hint)
    if kind == "_INDENT":
        return _diag("unexpected indent", line, col, kind="IndentationError", hint=hint)
    if "EXCEPT" in expected and "FINALLY" in expected and kind not in ("EXCEPT", "FINALLY"):
        return _diag("expected 'except' or 'finally' block", line, col, end_line, end_col, hint=hint)
    if "_INDENT" in expected:
        opener_line = _line_of_block_opener(source, line)
        words = source_line(source, opener_line).split()
        first = words[0].rstrip(":") if words else ""
        if first == "async" and len(words) > 1:
            first = words[1]
        what = _BLOCK_OPENERS.get(first, "statement")
        return _diag(f"expected an indented block after {what} on line {opener_line}",
                     line, col, kind="IndentationError", hint=hint)
    if kind == "_DEDENT":
        return _diag("unindent does not match any outer indentation level", line, col,
                     kind="IndentationError", hint=hint)
    if kind == "STRING" and e.state is not None:
        text = source_line(source, line)
        if text.lstrip().startswith("print ") or text.lstrip().startswith("exec "):
            name = text.lstrip().split()[0]
            return _diag(f"Missing parentheses in call to '{name}'. Did you mean {name}(...)?",
                         line, col - len(name) - 1 if col > len(name) else 1, hint=hint)
    if kind == "EQUAL" and "COLON" in expected:
        return _diag("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line, col,
                     end_line, end_col, hint=hint)
    if "ELSE" in expected and kind != "ELSE" and _previous_char(source, tok) != ":":
        return _diag("expected 'else' after 'if' expression", line, col, end_line, end_col, hint=hint)
    if expected == {"COLON"} or ("COLON" in expected and kind == "_NEWLINE"):
        return _diag("expected ':'", line, col, end_line, end_col, hint=hint)
    if _previous_char(source, tok) == ":" and (kind == "RBRACE" or kind == "COMMA" and _innermost_bracket() == "{"):
        return _diag("expression expected after dictionary key and ':'", line, col, end_line, end_col,
                     hint=hint)
    if kind == "COMMA" and "FOR" in expected and "RPAR" in expected:
        return _diag("Generator expression must be parenthesized", line, col, end_line, end_col, hint=hint)
    if kind in ("NAME", "STRING", "DEC_NUMBER", "FLOAT_NUMBER", "HEX_NUMBER") and "COMMA" in expected \
            and _innermost_bracket() and _previous_is_operand(source, tok):
        start = _previous_operand_start(source, tok)
        line0 = source.count("\n", 0, start) + 1
        col0 = start - (source.rfind("\n", 0, start) + 1) + 1
        return _diag("invalid syntax. Perhaps you forgot a comma?", line0, col0, end_line, end_col, hint=hint)
    if kind == "$END":
        return _diag("unexpected EOF while parsing", line, col, hint=hint)
    return _diag("invalid syntax", line, col, end_line, end_col, hint=hint)


def _previous_char(source: str, tok) -> str:
    start = getattr(tok, "start_pos", None)
    if start is None:
        return ""
    before = source[:start].rstrip(" \t\n")
    return before[-1:] if before else ""


def _innermost_bracket() -> str:
    brackets = _get().open_brackets
    return brackets[-1].value if brackets else ""


def _previous_operand_start(source: str, tok) -> int:
    """Where the operand before `tok` starts (a name, number or simple string), for CPython's comma hint."""
    i = len(source[:tok.start_pos].rstrip(" \t"))
    end = i
    if i and source[i - 1] in "'\"":
        quote = source[i - 1]
        j = source.rfind(quote, 0, i - 1)
        return j if j >= 0 else i - 1
    while i and (source[i - 1].isalnum() or source[i - 1] in "_."):
        i -= 1
    return i if i < end else max(end - 1, 0)


def _previous_is_operand(source: str, tok) -> bool:
    start = getattr(tok, "start_pos", None)
    if start is None:
        return False
    before = source[:start].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in "_'\")]}")


def _line_of_block_opener(source: str, line: int) -> int:
    """The line that ends with the ':' before an expected indented block (skipping blank/comment lines)."""
    lines = source.split("\n")
    n = min(line - 1, len(lines)) - 1
    while n >= 0:
        text = lines[n].split("#", 1)[0].rstrip()
        if text:
            return n + 1
        n -= 1
    return max(line - 1, 1)


def _expected_hint(expected) -> Optional[str]:
    # kinds of token ("a name", "newline") first, then literal tokens
    names = sorted({readable_token(x) for x in expected if not x.startswith("__")},
                   key=lambda n: (n.startswith("'"), n))
    if not names:
        return None
    if len(names) > 8:
        names = names[:8] + ["..."]
    return "expected " + ", ".join(names)
