"""`_monty_re`: the native half of the sandbox's `re` (the guest module `re` re-exports it and adds `error`
and the two helpers that must run guest code: callable replacements and `finditer`'s generator).

`Pattern` and `Match` are native objects (runtime/stdlib/objects.py): guests reach only the attributes and
methods listed here; snapshots save a pattern as its source and flags (recompiled when loaded) and a match
as plain data. Matching is done by regex_engine.py, under the run's limits.
"""

from __future__ import annotations

import sys
import types
from typing import Dict

from ... import limits
from ...values import ExcInstance, GClass, Redirect, type_name
from .. import make_native_module
from ..objects import NativeObject, register
from . import regex_engine as E

MODULE = "_monty_re"

FLAG_VALUES = {
    "NOFLAG": 0, "TEMPLATE": E.T_FLAG, "T": E.T_FLAG, "IGNORECASE": E.I_FLAG, "I": E.I_FLAG,
    "LOCALE": E.L_FLAG, "L": E.L_FLAG, "MULTILINE": E.M_FLAG, "M": E.M_FLAG, "DOTALL": E.S_FLAG,
    "S": E.S_FLAG, "UNICODE": E.U_FLAG, "U": E.U_FLAG, "VERBOSE": E.X_FLAG, "X": E.X_FLAG,
    "DEBUG": E.DEBUG_FLAG, "ASCII": E.A_FLAG, "A": E.A_FLAG,
}
_FLAG_NAMES = (("TEMPLATE", E.T_FLAG), ("IGNORECASE", E.I_FLAG), ("LOCALE", E.L_FLAG),
               ("MULTILINE", E.M_FLAG), ("DOTALL", E.S_FLAG), ("UNICODE", E.U_FLAG), ("VERBOSE", E.X_FLAG),
               ("DEBUG", E.DEBUG_FLAG), ("ASCII", E.A_FLAG))

# ---------------------------------------------------------------- compiled programs, shared by all runs

_PROGRAMS: Dict[tuple, E.Program] = {}
_PROGRAM_CACHE_SIZE = 512
_CACHE_MAX_PATTERN = 1 << 16  # longer patterns are compiled for each use (they are rare)
_cached_chars = [0]


def _program(pattern, flags: int) -> E.Program:
    key = (type(pattern), pattern, flags)
    prog = _PROGRAMS.get(key)
    if prog is None:
        prog = E.Program(pattern, flags)
        if len(pattern) <= _CACHE_MAX_PATTERN:
            if len(_PROGRAMS) >= _PROGRAM_CACHE_SIZE or _cached_chars[0] > 1 << 22:
                _PROGRAMS.clear()
                _cached_chars[0] = 0
            _PROGRAMS[key] = prog
            _cached_chars[0] += len(pattern)
    return prog


# ---------------------------------------------------------------- raising re.error


def _guest_re():
    """The running program's `re` module (its `error` class and helpers), imported if need be."""
    from ...state import current_vm

    vm = current_vm()
    module = vm.modules.get("re")
    if module is None:
        module = vm._load_module("re")
    return module.attrs


def _raise_error(err: E.RegexError):
    from ...vm import _Raise

    cls = _guest_re().get("error")
    if type(cls) is not GClass or not cls.exception:
        raise ValueError(err.msg)
    msg, pattern, pos = err.msg, err.pattern, err.pos
    text = msg
    lineno = colno = None
    if pattern is not None and pos is not None:
        text = f"{msg} at position {pos}"
        newline = "\n" if isinstance(pattern, str) else b"\n"
        lineno = pattern.count(newline, 0, pos) + 1
        colno = pos - pattern.rfind(newline, 0, pos)
        if newline in pattern:
            text = f"{text} (line {lineno}, column {colno})"
    exc = ExcInstance(cls, (text,))
    exc.attrs = {"msg": msg, "pattern": pattern, "pos": pos, "lineno": lineno, "colno": colno}
    raise _Raise(exc)


def _compile(pattern, flags) -> "Pattern":
    if type(pattern) is Pattern:
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if type(pattern) is not str and type(pattern) is not bytes:
        raise TypeError("first argument must be string or compiled pattern")
    if type(flags) is bool:
        flags = int(flags)
    if type(flags) is not int:
        raise TypeError(f"unsupported operand type(s) for &: '{type_name(flags)}' and 'int'")
    try:
        prog = _program(pattern, flags)
    except E.RegexError as err:
        _raise_error(err)
    return Pattern(pattern, prog)


# ---------------------------------------------------------------- subjects

_MAXSIZE = sys.maxsize
MATCH_BYTES = 240  # what a Match object and its bookkeeping cost the host


def _index(v, what="an integer") -> int:
    if type(v) is int:
        return v
    if type(v) is bool:
        return int(v)
    raise TypeError(f"'{type_name(v)}' object cannot be interpreted as an integer")


class _Subject:
    """The string being searched, as the engine sees it (bytes are matched as latin-1 text)."""

    __slots__ = ("original", "text", "is_bytes")

    def __init__(self, original, text, is_bytes):
        self.original = original
        self.text = text
        self.is_bytes = is_bytes

    def slice(self, a, b):
        if a < 0:
            return None
        piece = self.text[a:b]
        return piece.encode("latin-1") if self.is_bytes else piece


def _subject(pattern: "Pattern", string) -> _Subject:
    t = type(string)
    if t is str:
        if pattern.is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return _Subject(string, string, False)
    if t is bytes or t is bytearray:
        if not pattern.is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        limits.charge_bytes(len(string) * 2)  # (bytes are matched as a latin-1 copy)
        return _Subject(string, bytes(string).decode("latin-1"), True)
    raise TypeError(f"expected string or bytes-like object, got '{type_name(string)}'")


# ---------------------------------------------------------------- Pattern


@register(MODULE, "Pattern", "Pattern", "re")
class Pattern(NativeObject):
    __slots__ = ("pattern", "prog", "is_bytes")
    __class_getitem__ = classmethod(types.GenericAlias)  # re.Pattern[str] in annotations

    def __init__(self, pattern, prog: E.Program):
        self.pattern = pattern
        self.prog = prog
        self.is_bytes = type(pattern) is bytes
        self._serial = None

    def guest_refs(self):
        """What the memory limit must count (runtime/memory.py): the pattern's text."""
        return (self.pattern,)

    def __repr__(self):
        flags = self.prog.flags
        if not self.is_bytes and (flags & (E.L_FLAG | E.U_FLAG | E.A_FLAG)) == E.U_FLAG:
            flags &= ~E.U_FLAG
        items = []
        for name, value in _FLAG_NAMES:
            if flags & value:
                items.append("re." + name)
                flags &= ~value
        if flags:
            items.append(f"0x{flags:x}")
        text = repr(self.pattern)[:200]
        if items:
            return f"re.compile({text}, {'|'.join(items)})"
        return f"re.compile({text})"

    def __eq__(self, other):
        return type(other) is Pattern and other.pattern == self.pattern and other.prog.flags == self.prog.flags

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.pattern, self.prog.flags))

    def save(self) -> list:
        return [self.pattern, self.prog.flags]

    @classmethod
    def restore(cls, state):
        if type(state) not in (list, tuple) or len(state) != 2:
            raise ValueError("bad pattern state")
        pattern, flags = state
        if type(pattern) not in (str, bytes) or type(flags) is not int:
            raise ValueError("bad pattern state")
        try:
            prog = _program(pattern, flags)
        except (E.RegexError, ValueError, OverflowError, RecursionError) as err:
            raise ValueError(f"bad pattern: {err}") from None
        if prog.flags != flags:
            raise ValueError("bad pattern flags")
        return cls(pattern, prog)

    # -- matching

    def _run(self, string, pos, endpos, mode):
        subject = _subject(self, string)
        pos = _index(pos)
        endpos = _index(endpos)
        m = E.Matcher(self.prog, subject.text, pos, endpos)
        if mode == "search":
            outcome = m.search(m.pos)
        else:
            outcome = m.match(m.pos, mode == "fullmatch")
        if outcome is None:
            return None
        return Match(self, subject, m.pos, m.end, outcome)

    def iterate(self, subject: _Subject, pos: int, endpos: int, count: int = 0):
        """Successive matches as (Matcher, Outcome), CPython's way (an empty match may follow a non-empty one
        at the same place, but not an empty one)."""
        m = E.Matcher(self.prog, subject.text, pos, endpos)
        start = m.pos
        n = 0
        while start <= m.end and (not count or n < count):
            outcome = m.search(start)
            if outcome is None:
                break
            yield m, outcome
            n += 1
            m.must_advance = outcome.end == outcome.start
            start = outcome.end


def p_match(self, string, pos=0, endpos=_MAXSIZE):
    return self._run(string, pos, endpos, "match")


def p_fullmatch(self, string, pos=0, endpos=_MAXSIZE):
    return self._run(string, pos, endpos, "fullmatch")


def p_search(self, string, pos=0, endpos=_MAXSIZE):
    return self._run(string, pos, endpos, "search")


def p_findall(self, string, pos=0, endpos=_MAXSIZE):
    subject = _subject(self, string)
    groups = self.prog.groups
    out = []
    tracker = limits.current()
    empty = b"" if subject.is_bytes else ""
    for m, o in self.iterate(subject, _index(pos), _index(endpos)):
        if groups == 0:
            item = subject.slice(o.start, o.end)
        elif groups == 1:
            a, b = o.regs[1]
            item = subject.slice(a, b) if a >= 0 else empty
        else:
            item = tuple(subject.slice(a, b) if a >= 0 else empty for a, b in o.regs[1:])
        out.append(item)
        tracker.charge_bytes(64 + 8 * groups + (o.end - o.start))
    return out


def p_finditer(self, string, pos=0, endpos=_MAXSIZE):
    _subject(self, string)
    pos, endpos = _index(pos), _index(endpos)
    helper = _guest_re().get("_finditer")
    return Redirect(helper, (self, string, pos, endpos))


def p_search_from(self, string, start, pos, endpos, must_advance, previous=None):
    """finditer's step: the next match at `start` or later (`pos`/`endpos` as given to finditer);
    `previous`, the last match found, lends its copy of a bytes subject."""
    if type(previous) is Match and previous.subject.original is string and previous.pattern is self:
        subject = previous.subject
    else:
        subject = _subject(self, string)
    m = E.Matcher(self.prog, subject.text, _index(pos), _index(endpos))
    start = max(_index(start), m.pos)
    if start > m.end:
        return None
    m.must_advance = bool(must_advance)
    outcome = m.search(start)
    if outcome is None:
        return None
    return Match(self, subject, m.pos, m.end, outcome)


def p_split(self, string, maxsplit=0):
    subject = _subject(self, string)
    maxsplit = _index(maxsplit)
    out = []
    last = 0
    if maxsplit >= 0:
        tracker = limits.current()
        for m, o in self.iterate(subject, 0, _MAXSIZE, maxsplit):
            out.append(subject.slice(last, o.start))
            for a, b in o.regs[1:]:
                out.append(subject.slice(a, b))
            last = o.end
            tracker.charge_bytes(64 + 8 * len(o.regs))
    out.append(subject.slice(last, len(subject.text)))
    return out


def _is_callable(v) -> bool:
    from ...builtins import is_callable

    return is_callable(v)


def p_sub(self, repl, string, count=0):
    return _sub(self, repl, string, count, False)


def p_subn(self, repl, string, count=0):
    return _sub(self, repl, string, count, True)


def _sub(self, repl, string, count, want_n):
    count = _index(count)
    if _is_callable(repl):
        subject = _subject(self, string)
        tracker = limits.current()
        matches = []
        for m, o in self.iterate(subject, 0, _MAXSIZE, count):
            tracker.charge_bytes(MATCH_BYTES + 16 * len(o.regs))
            matches.append(Match(self, subject, m.pos, m.end, o))
        helper = _guest_re().get("_subx")
        return Redirect(helper, (self, repl, string, matches, want_n))
    template = _template_of(self, repl)
    subject = _subject(self, string)
    pieces = []
    last = 0
    n = 0
    tracker = limits.current()
    for m, o in self.iterate(subject, 0, _MAXSIZE, count if count >= 0 else -1):
        if last < o.start:
            pieces.append(subject.slice(last, o.start))
        if type(template) is list:
            pieces.append(_expand(template, subject, o.regs, self.is_bytes))
        else:
            pieces.append(template)
        tracker.charge_bytes(len(pieces[-1]) + 64)
        last = o.end
        n += 1
    return _joined(subject, pieces, last, n, want_n)


def p_join(self, string, matches, results, want_n):
    """Callable `sub`'s last step: the pieces between the matches and the function's results, joined."""
    if type(matches) is not list or type(results) is not list or len(matches) != len(results):
        raise TypeError("bad arguments")
    if matches and type(matches[0]) is Match and matches[0].subject.original is string:
        subject = matches[0].subject  # (for bytes: the matches' latin-1 copy)
    else:
        subject = _subject(self, string)
    pieces = []
    last = 0
    for match, result in zip(matches, results):
        if type(match) is not Match or match.subject is not subject:
            raise TypeError("bad arguments")
        start, end = match.regs[0]
        if last < start:
            pieces.append(subject.slice(last, start))
        if result is not None:
            pieces.append(result)
        last = end
    return _joined(subject, pieces, last, len(matches), want_n)


def _joined(subject, pieces, last, n, want_n):
    if last < len(subject.text):
        pieces.append(subject.slice(last, len(subject.text)))
    want = bytes if subject.is_bytes else str
    for i, piece in enumerate(pieces):
        if type(piece) is not want and not (want is bytes and type(piece) is bytearray):
            if want is str:
                raise TypeError(f"sequence item {i}: expected str instance, {type_name(piece)} found")
            raise TypeError(f"sequence item {i}: expected a bytes-like object, {type_name(piece)} found")
    total = sum(len(p) for p in pieces)
    limits.charge_bytes(total)
    result = (b"" if subject.is_bytes else "").join(pieces)
    return (result, n) if want_n else result


# ---------------------------------------------------------------- replacement templates

_TEMPLATES: Dict[tuple, object] = {}


def _template_of(pattern: Pattern, repl):
    """A replacement: the literal itself (no backslash), or a list of literals and group numbers."""
    if type(repl) is str:
        if pattern.is_bytes:
            if "\\" not in repl:
                return repl  # CPython fails later, joining
        elif "\\" not in repl:
            return repl
    elif type(repl) in (bytes, bytearray):
        if b"\\" not in repl and pattern.is_bytes:
            return bytes(repl)
        repl = bytes(repl)
    else:
        raise TypeError(f"decoding to str: need a bytes-like object, {type_name(repl)} found")
    key = (id(pattern.prog), type(repl), repl)
    template = _TEMPLATES.get(key)
    if template is None:
        try:
            template = parse_template(repl, pattern.prog)
        except E.RegexError as err:
            _raise_error(err)
        if len(repl) < 4096:
            if len(_TEMPLATES) > 256:
                _TEMPLATES.clear()
            _TEMPLATES[key] = template
    if len(template) == 1 and type(template[0]) is not int:
        return template[0]
    if not template:
        return repl[:0]
    return template


def parse_template(repl, prog: E.Program) -> list:
    """CPython 3.11's replacement-template syntax: literals, `\\1`..`\\99`, `\\g<name>`, `\\g<1>`, octal
    escapes and the usual backslash escapes; same errors."""
    s = E._Source(repl)
    out = []
    literal = []
    groups = prog.groups

    def addgroup(index, pos):
        if index > groups:
            raise s.error(f"invalid group reference {index}", pos)
        if literal:
            out.append("".join(literal))
            del literal[:]
        out.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    index = prog.groupindex.get(name)
                    if index is None:
                        raise IndexError(f"unknown group name {name!r}")
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error(f"bad character in group name {name!r}", len(name) + 1) from None
                    if index >= E.MAXGROUPS:
                        raise s.error(f"invalid group reference {index}", len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in E.OCTDIGITS:
                    this += s.get()
                    if s.next in E.OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xFF))
            elif c in E.DIGITS:
                isoctal = False
                if s.next in E.DIGITS:
                    this += s.get()
                    if c in E.OCTDIGITS and this[2] in E.OCTDIGITS and s.next in E.OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise s.error(f"octal escape value {this} outside of range 0-0o377", len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = E._ESCAPES.get(this)
                if code is not None:
                    this = chr(code[1])
                elif c in E.ASCIILETTERS:
                    raise s.error(f"bad escape {this}", len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        out.append("".join(literal))
    if type(repl) is bytes:
        out = [x.encode("latin-1") if type(x) is str else x for x in out]
    return out


def _expand(template, subject: _Subject, regs, is_bytes):
    empty = b"" if is_bytes else ""
    parts = []
    for item in template:
        if type(item) is int:
            a, b = regs[item]
            if a >= 0:
                parts.append(subject.slice(a, b))
        else:
            parts.append(item)
    return empty.join(parts)


# ---------------------------------------------------------------- Match


@register(MODULE, "Match", "Match", "re")
class Match(NativeObject):
    __slots__ = ("pattern", "subject", "pos", "endpos", "regs", "lastindex")
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, pattern: Pattern, subject: _Subject, pos: int, endpos: int, outcome):
        self.pattern = pattern
        self.subject = subject
        self.pos = pos
        self.endpos = endpos
        self.regs = outcome.regs
        self.lastindex = outcome.lastindex
        self._serial = None

    def guest_refs(self):
        """What the memory limit must count (runtime/memory.py): the subject (and the latin-1 copy of a bytes
        subject) and the pattern."""
        subject = self.subject
        if subject.is_bytes:
            return (subject.original, subject.text, self.pattern)
        return (subject.original, self.pattern)

    def __repr__(self):
        a, b = self.regs[0]
        return f"<re.Match object; span=({a}, {b}), match={repr(self.subject.slice(a, b))[:50]}>"

    def save(self) -> list:
        return [self.pattern.save(), self.subject.original, self.pos, self.endpos,
                [list(r) for r in self.regs], self.lastindex]

    @classmethod
    def restore(cls, state):
        if type(state) not in (list, tuple) or len(state) != 6:
            raise ValueError("bad match state")
        pattern_state, string, pos, endpos, regs, lastindex = state
        pattern = Pattern.restore(pattern_state)
        if type(string) is not (bytes if pattern.is_bytes else str):
            raise ValueError("bad match subject")
        subject = _subject(pattern, string)
        n = len(subject.text)
        if type(pos) is not int or type(endpos) is not int or not 0 <= pos <= n or not 0 <= endpos <= n:
            raise ValueError("bad match bounds")
        if type(regs) not in (list, tuple) or len(regs) != pattern.prog.groups + 1:
            raise ValueError("bad match groups")
        spans = []
        for r in regs:
            if type(r) not in (list, tuple) or len(r) != 2 or type(r[0]) is not int or type(r[1]) is not int:
                raise ValueError("bad match group")
            a, b = r
            if not ((a == b == -1) or 0 <= a <= b <= n):
                raise ValueError("bad match group")
            spans.append((a, b))
        if spans[0][0] < 0:
            raise ValueError("bad match span")
        if lastindex is not None and (type(lastindex) is not int or not 1 <= lastindex <= pattern.prog.groups):
            raise ValueError("bad match lastindex")
        outcome = E.Outcome(spans[0][0], spans[0][1], tuple(spans), lastindex)
        return cls(pattern, subject, pos, endpos, outcome)

    def index(self, g) -> int:
        if type(g) is int or type(g) is bool:
            i = int(g)
        elif type(g) is str:
            i = self.pattern.prog.groupindex.get(g, -1)
        else:
            hash(g)  # TypeError for an unhashable key, as CPython's lookup gives
            i = -1
        if i < 0 or i > self.pattern.prog.groups:
            raise IndexError("no such group")
        return i

    def get(self, i, default=None):
        a, b = self.regs[i]
        if a < 0:
            return default
        return self.subject.slice(a, b)


def m_group(self, *args):
    if not args:
        return self.get(0)
    if len(args) == 1:
        return self.get(self.index(args[0]))
    return tuple(self.get(self.index(g)) for g in args)


def m_getitem(self, g):
    return self.get(self.index(g))


def m_groups(self, default=None):
    return tuple(self.get(i, default) for i in range(1, len(self.regs)))


def m_groupdict(self, default=None):
    return {name: self.get(i, default) for name, i in self.pattern.prog.groupindex.items()}


def m_start(self, group=0):
    return self.regs[self.index(group)][0]


def m_end(self, group=0):
    return self.regs[self.index(group)][1]


def m_span(self, group=0):
    return self.regs[self.index(group)]


def m_expand(self, template):
    parsed = _template_of(self.pattern, template)
    if type(parsed) is not list:
        return parsed
    return _expand(parsed, self.subject, self.regs, self.pattern.is_bytes)


def m_copy(self, *args):
    return self


def _lastgroup(m):
    if m.lastindex is None:
        return None
    return m.pattern.prog.indexgroup.get(m.lastindex)


def _clinic(name, params, required):
    """A method taking (self, *args, **kwargs) with CPython's argument errors for `name(params...)`
    (Argument Clinic's wording: `match() missing required argument 'string' (pos 1)`)."""
    def wrap(fn):
        def method(self, *args, **kwargs):
            if len(args) > len(params):
                raise TypeError(f"{name}() takes at most {len(params)} argument{'s' if len(params) != 1 else ''} "
                                f"({len(args)} given)")
            values = list(args)
            for key in kwargs:
                if key not in params:
                    raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
                if params.index(key) < len(args):
                    raise TypeError(f"argument for {name}() given by name ('{key}') and position "
                                    f"({params.index(key) + 1})")
            for i in range(len(args), len(params)):
                if params[i] in kwargs:
                    values.append(kwargs[params[i]])
                elif i < required:
                    raise TypeError(f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
                else:
                    break
            return fn(self, *values)
        return method
    return wrap


def _unpack(name, most):
    """A method taking at most `most` positional arguments and no keywords (CPython's METH_VARARGS)."""
    def wrap(fn):
        def method(self, *args, **kwargs):
            if kwargs:
                raise TypeError(f"Match.{name}() takes no keyword arguments")
            if len(args) > most:
                raise TypeError(f"{name} expected at most {most} argument{'s' if most != 1 else ''}, "
                                f"got {len(args)}")
            return fn(self, *args)
        return method
    return wrap


def _no_keywords(name):
    def wrap(fn):
        def method(self, *args, **kwargs):
            if kwargs:
                raise TypeError(f"Match.{name}() takes no keyword arguments")
            return fn(self, *args)
        return method
    return wrap


Match.ATTRS = {
    "string": lambda m: m.subject.original, "re": lambda m: m.pattern, "pos": lambda m: m.pos,
    "endpos": lambda m: m.endpos, "lastindex": lambda m: m.lastindex, "lastgroup": _lastgroup,
    "regs": lambda m: m.regs,
}
Match.METHODS = {
    "group": _no_keywords("group")(m_group), "groups": _clinic("groups", ("default",), 0)(m_groups),
    "groupdict": _clinic("groupdict", ("default",), 0)(m_groupdict), "start": _unpack("start", 1)(m_start),
    "end": _unpack("end", 1)(m_end), "span": _unpack("span", 1)(m_span),
    "expand": _clinic("expand", ("template",), 1)(m_expand), "__getitem__": m_getitem, "__copy__": m_copy,
    "__deepcopy__": m_copy,
}
Pattern.ATTRS = {
    "pattern": lambda p: p.pattern, "flags": lambda p: p.prog.flags, "groups": lambda p: p.prog.groups,
    "groupindex": lambda p: dict(p.prog.groupindex),
}
_SCAN = ("string", "pos", "endpos")
Pattern.METHODS = {
    "match": _clinic("match", _SCAN, 1)(p_match), "fullmatch": _clinic("fullmatch", _SCAN, 1)(p_fullmatch),
    "search": _clinic("search", _SCAN, 1)(p_search), "findall": _clinic("findall", _SCAN, 1)(p_findall),
    "finditer": _clinic("finditer", _SCAN, 1)(p_finditer),
    "split": _clinic("split", ("string", "maxsplit"), 1)(p_split),
    "sub": _clinic("sub", ("repl", "string", "count"), 2)(p_sub),
    "subn": _clinic("subn", ("repl", "string", "count"), 2)(p_subn),
    "__copy__": m_copy, "__deepcopy__": m_copy,
    "_search_from": p_search_from, "_join": p_join,
}


# ---------------------------------------------------------------- module functions


def compile(pattern, flags=0):  # noqa: A001 - the guest-facing name
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return p_search(_compile(pattern, flags), string)


def match(pattern, string, flags=0):
    return p_match(_compile(pattern, flags), string)


def fullmatch(pattern, string, flags=0):
    return p_fullmatch(_compile(pattern, flags), string)


def findall(pattern, string, flags=0):
    return p_findall(_compile(pattern, flags), string)


def finditer(pattern, string, flags=0):
    return p_finditer(_compile(pattern, flags), string)


def split(pattern, string, maxsplit=0, flags=0):
    return p_split(_compile(pattern, flags), string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return p_sub(_compile(pattern, flags), repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return p_subn(_compile(pattern, flags), repl, string, count)


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if type(pattern) is str:
        limits.charge_bytes(2 * len(pattern))
        return pattern.translate(_SPECIAL)
    if type(pattern) in (bytes, bytearray):
        limits.charge_bytes(2 * len(pattern))
        return bytes(pattern).decode("latin-1").translate(_SPECIAL).encode("latin-1")
    raise TypeError(f"decoding to str: need a bytes-like object, {type_name(pattern)} found")


def purge():
    """CPython empties its cache; the sandbox's is shared by every run and holds only compiled programs."""
    return None


FUNCTIONS = {
    "compile": compile, "search": search, "match": match, "fullmatch": fullmatch, "findall": findall,
    "finditer": finditer, "split": split, "sub": sub, "subn": subn, "escape": escape, "purge": purge,
}
_PUBLIC_VALUES = dict(FLAG_VALUES)


def make_module():
    values = dict(_PUBLIC_VALUES)
    values["Pattern"] = Pattern
    values["Match"] = Match
    return make_native_module(MODULE, FUNCTIONS, values)
