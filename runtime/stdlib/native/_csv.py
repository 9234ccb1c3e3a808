"""`_csv`: the parser and the row formatter behind the guest `csv` module (runtime/stdlib/guest/csv.py).

Dialect parameters are checked by CPython's own csv module (so its messages are CPython's), and rows are
formatted by CPython's csv.writer on plain values (the guest module turns class instances into strings
first). Reading is a state machine written here, behaving like CPython 3.11's reader, fed one line at a
time by the guest module: its state is a plain guest list kept by the guest reader object (so a paused
reader survives snapshots), and the lines come from any guest iterable. Errors are the run's `csv.Error`.
"""

from __future__ import annotations

import csv as _py_csv
import io as _py_io
import re as _re

from ... import limits
from ...values import type_name
from .. import make_native_module
from ..objects import raise_module_error

_PARAMS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator",
           "quoting", "strict")
_PLAIN = (str, int, bool, type(None), float)


def _error(message):
    raise_module_error("csv", "Error", message, Exception)


def _checked_params(params):
    if type(params) is not dict:
        raise TypeError("bad dialect parameters")
    for k, v in params.items():
        if type(v) not in _PLAIN:
            raise TypeError(f'"{k}" must be string, not {type_name(v)}' if k in _PARAMS
                            else f"'{k}' is an invalid keyword argument for this function")
    return params


def c_dialect(params):
    """CPython's checks of dialect parameters; the dialect as a tuple of its 8 normalised values."""
    d = _py_csv.reader([], **_checked_params(params)).dialect
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.lineterminator,
            d.quoting, d.strict)


def c_writerow(row, params):
    """One row formatted by CPython's csv.writer (row: a list of plain values)."""
    if type(row) is not list:
        raise TypeError("bad row")
    for v in row:
        if type(v) not in _PLAIN:
            raise TypeError("bad field")
    size = sum(len(v) if type(v) is str else 24 for v in row)
    if size > 4096:
        limits.charge_bytes(size * 3)
    sink = _py_io.StringIO()
    w = _py_csv.writer(sink, **_checked_params(params))
    try:
        w.writerow(row)
    except _py_csv.Error as e:
        _error(str(e))
    return sink.getvalue()


# ---------------------------------------------------------------- the reader's state machine

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
QUOTE_NONNUMERIC, QUOTE_NONE = 2, 3
_EOL = None  # the end of a line: the parser sees it after the line's last character

# a reader's state (a guest list): [fields so far, the field being read (a list of pieces), parser state,
# whether the field is to become a float, the length of the field being read]
_FIELDS, _FIELD, _STATE, _NUMERIC, _LENGTH = range(5)


def c_new_state():
    return [[], [], START_RECORD, False, 0]


def _save_field(st):
    text = "".join(st[_FIELD])
    st[_FIELD] = []
    st[_LENGTH] = 0
    if st[_NUMERIC]:
        st[_NUMERIC] = False
        st[_FIELDS].append(float(text))
    else:
        st[_FIELDS].append(text)


def _add_char(st, c, field_limit):
    if st[_LENGTH] + len(c) > field_limit:
        _error(f"field larger than field limit ({field_limit})")
    st[_FIELD].append(c)
    st[_LENGTH] += len(c)


def _process(st, c, dialect, field_limit):
    delimiter, quotechar, escapechar, doublequote, skipinitialspace, _, quoting, strict = dialect
    state = st[_STATE]
    if state == START_RECORD:
        if c is _EOL:
            return
        if c == "\n" or c == "\r":
            st[_STATE] = EAT_CRNL
            return
        state = st[_STATE] = START_FIELD
    if state == START_FIELD:
        if c == "\n" or c == "\r" or c is _EOL:
            _save_field(st)
            st[_STATE] = START_RECORD if c is _EOL else EAT_CRNL
        elif c == quotechar and quoting != QUOTE_NONE:
            st[_STATE] = IN_QUOTED_FIELD
        elif c == escapechar:
            st[_STATE] = ESCAPED_CHAR
        elif c == " " and skipinitialspace:
            pass
        elif c == delimiter:
            _save_field(st)
        else:
            if quoting == QUOTE_NONNUMERIC:
                st[_NUMERIC] = True
            _add_char(st, c, field_limit)
            st[_STATE] = IN_FIELD
        return
    if state == ESCAPED_CHAR:
        if c == "\n" or c == "\r":
            _add_char(st, c, field_limit)
            st[_STATE] = AFTER_ESCAPED_CRNL
            return
        if c is _EOL:
            c = "\n"
        _add_char(st, c, field_limit)
        st[_STATE] = IN_FIELD
        return
    if state == AFTER_ESCAPED_CRNL:
        if c is _EOL:
            return
        state = st[_STATE] = IN_FIELD
    if state == IN_FIELD:
        if c == "\n" or c == "\r" or c is _EOL:
            _save_field(st)
            st[_STATE] = START_RECORD if c is _EOL else EAT_CRNL
        elif c == escapechar:
            st[_STATE] = ESCAPED_CHAR
        elif c == delimiter:
            _save_field(st)
            st[_STATE] = START_FIELD
        else:
            _add_char(st, c, field_limit)
        return
    if state == IN_QUOTED_FIELD:
        if c is _EOL:
            pass
        elif c == escapechar:
            st[_STATE] = ESCAPE_IN_QUOTED_FIELD
        elif c == quotechar and quoting != QUOTE_NONE:
            st[_STATE] = QUOTE_IN_QUOTED_FIELD if doublequote else IN_FIELD
        else:
            _add_char(st, c, field_limit)
        return
    if state == ESCAPE_IN_QUOTED_FIELD:
        if c is _EOL:
            c = "\n"
        _add_char(st, c, field_limit)
        st[_STATE] = IN_QUOTED_FIELD
        return
    if state == QUOTE_IN_QUOTED_FIELD:
        if quoting != QUOTE_NONE and c == quotechar:
            _add_char(st, c, field_limit)
            st[_STATE] = IN_QUOTED_FIELD
        elif c == delimiter:
            _save_field(st)
            st[_STATE] = START_FIELD
        elif c == "\n" or c == "\r" or c is _EOL:
            _save_field(st)
            st[_STATE] = START_RECORD if c is _EOL else EAT_CRNL
        elif not strict:
            _add_char(st, c, field_limit)
            st[_STATE] = IN_FIELD
        else:
            _error(f"'{delimiter}' expected after '{quotechar}'")
        return
    if state == EAT_CRNL:
        if c == "\n" or c == "\r":
            pass
        elif c is _EOL:
            st[_STATE] = START_RECORD
        else:
            _error("new-line character seen in unquoted field - "
                   "do you need to open the file in universal-newline mode?")
        return
    raise ValueError("bad reader state")


def _checked_state(st):
    if type(st) is not list or len(st) != 5 or type(st[_FIELDS]) is not list or type(st[_FIELD]) is not list \
            or type(st[_STATE]) is not int or not 0 <= st[_STATE] <= 8 or type(st[_LENGTH]) is not int:
        raise TypeError("bad reader state")
    return st


_RUNS: dict = {}  # (state, dialect) -> a compiled class of the characters that end a run of plain ones


def _run_end(state, dialect):
    """The regex that finds the next character the state machine must look at, in IN_FIELD or
    IN_QUOTED_FIELD: everything before it is added to the field in one piece."""
    key = (state, dialect)
    pattern = _RUNS.get(key)
    if pattern is None:
        delimiter, quotechar, escapechar, _, _, _, quoting, _ = dialect
        if state == IN_FIELD:
            specials = ["\n", "\r", delimiter]
        else:
            specials = [quotechar] if quoting != QUOTE_NONE and quotechar is not None else []
        if escapechar is not None:
            specials.append(escapechar)
        if len(_RUNS) > 64:
            _RUNS.clear()
        chars = "".join(_re.escape(c) for c in specials if c is not None)
        pattern = _RUNS[key] = _re.compile("[" + chars + "]") if chars else None
    return pattern


_CHUNK = 1 << 16


def _simple(line, dialect):
    """The fields of a line that needs no state machine (no quotes, escapes or stray line breaks, at the
    start of a record), or None."""
    delimiter, quotechar, escapechar, _, skipinitialspace, _, quoting, _ = dialect
    if skipinitialspace or quoting == QUOTE_NONNUMERIC:
        return None
    if quoting != QUOTE_NONE and quotechar is not None and quotechar in line:
        return None
    if escapechar is not None and escapechar in line:
        return None
    body = line
    if body.endswith("\r\n"):
        body = body[:-2]
    elif body.endswith("\n") or body.endswith("\r"):
        body = body[:-1]
    if "\n" in body or "\r" in body:
        return None
    if not body:
        return []
    return body.split(delimiter)


def c_parse(st, line, dialect, field_limit):
    """Feed one line: the record's fields when it is complete, else None (a quoted field goes on)."""
    st = _checked_state(st)
    if type(line) is not str:
        _error(f"iterator should return strings, not {type_name(line)} (the file should be opened in text mode)")
    if type(dialect) is not tuple or len(dialect) != 8 or type(field_limit) is not int:
        raise TypeError("bad dialect")
    if len(line) > 4096:
        limits.charge_work(len(line) * 16)
    if st[_STATE] == START_RECORD and not st[_FIELDS]:
        fields = _simple(line, dialect)
        if fields is not None:
            for f in fields:
                if len(f) > field_limit:
                    _error(f"field larger than field limit ({field_limit})")
            return fields
    tracker = limits.current()
    i, n, checked = 0, len(line), 0
    while i < n:
        state = st[_STATE]
        if state == IN_FIELD or state == IN_QUOTED_FIELD:
            pattern = _run_end(state, dialect)
            found = pattern.search(line, i) if pattern is not None else None
            j = found.start() if found is not None else n
            if j > i:
                _add_char(st, line[i:j], field_limit)
                i = j
                if i == n:
                    break
        _process(st, line[i], dialect, field_limit)
        i += 1
        if i - checked > _CHUNK:  # a long line: let the limits stop the work part of the way through
            tracker.charge_work((i - checked) * 16)
            checked = i
    _process(st, _EOL, dialect, field_limit)
    if st[_STATE] != START_RECORD:
        return None
    fields = st[_FIELDS]
    st[_FIELDS] = []
    return fields


def c_finish(st, dialect):
    """The end of the input: the last, unfinished record (or None if there is none)."""
    st = _checked_state(st)
    if st[_FIELD] or st[_STATE] == IN_QUOTED_FIELD:
        if dialect[7]:
            _error("unexpected end of data")
        _save_field(st)
        fields = st[_FIELDS]
        st[_FIELDS] = []
        st[_STATE] = START_RECORD
        return fields
    return None


_END = object()
_LINE_ENDS = {"": _re.compile(r"\r\n|\r|\n"), "\r": _re.compile(r"\r"), "\r\n": _re.compile(r"\r\n")}


def c_next_row(it, st, dialect, field_limit):
    """The next record read from a native iterator of lines, parsed without returning to guest code
    between lines: (fields, lines read), or (None, lines read) at the end of the input."""
    from ...builtins import NATIVE_ITERABLE

    if type(it) not in NATIVE_ITERABLE or not hasattr(type(it), "__next__"):
        raise TypeError("bad line iterator")
    count = 0
    while True:
        line = next(it, _END)
        if line is _END:
            return c_finish(st, dialect), count
        count += 1
        fields = c_parse(st, line, dialect, field_limit)
        if fields is not None:
            return fields, count


def c_split_lines(text, newline):
    """An io.StringIO's remaining text as the lines its iteration would give (`newline` as its mode)."""
    if type(text) is not str:
        raise TypeError("bad text")
    if len(text) > 4096:
        limits.charge_bytes(len(text) * 2)
    pattern = _LINE_ENDS.get(newline) if type(newline) is str else None
    if pattern is None:  # "\n", or None (the text was translated as it was written)
        lines = text.split("\n")
        out = [line + "\n" for line in lines[:-1]]
        if lines[-1]:
            out.append(lines[-1])
        return out
    out, start = [], 0
    for m in pattern.finditer(text):
        out.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        out.append(text[start:])
    return out


FUNCTIONS = {"next_row": c_next_row, "split_lines": c_split_lines, "dialect": c_dialect, "writerow": c_writerow,
             "new_state": c_new_state, "parse": c_parse, "finish": c_finish}


def make_module():
    return make_native_module("_csv", FUNCTIONS)
