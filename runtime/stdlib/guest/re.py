# re for the sandbox: the functions, Pattern and Match come from the native `_monty_re` (a backtracking
# engine that follows CPython's matcher step for step and counts every step against the run's limits; see
# docs/decisions/0003-regular-expressions.md). This module adds what is guest code: the `error` class and
# the two places where matching calls back into the program (a callable replacement, finditer's iterator).

from _monty_re import (compile, search, match, fullmatch, findall, finditer, split, sub, subn, escape, purge,
                       Pattern, Match, NOFLAG, A, ASCII, I, IGNORECASE, L, LOCALE, M, MULTILINE, S, DOTALL,
                       U, UNICODE, X, VERBOSE, T, TEMPLATE, DEBUG)

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]


class error(Exception):
    """A pattern or replacement template that does not parse: msg, pattern, pos, lineno and colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = None
            self.colno = None
        else:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = msg + " at position " + str(pos)
            if newline in pattern:
                msg = msg + " (line " + str(self.lineno) + ", column " + str(self.colno) + ")"
        super().__init__(msg)


def _finditer(pattern, string, pos, endpos):
    start = pos
    advance = False
    m = None
    while True:
        m = pattern._search_from(string, start, pos, endpos, advance, m)
        if m is None:
            return
        yield m
        begin, start = m.span()
        advance = begin == start


def _subx(pattern, repl, string, matches, want_n):
    results = []
    for m in matches:
        results.append(repl(m))
    return pattern._join(string, matches, results, want_n)
