"""The sandbox's regular-expression engine: CPython 3.11's `re` semantics, with every step counted.

Three parts, all host-side and fed only strings:

- `parse()` reads a pattern the way CPython 3.11's `re` parser does (same syntax, same error messages and
  positions), into a small tree of tuples.
- `compile_pattern()` turns the tree into a program for a backtracking machine that follows the order of
  CPython's matcher (sre) choice point for choice point, including its capture-group bookkeeping (`lastmark`,
  marks saved only inside repeats) and its zero-width-iteration rules, so groups come out as CPython's do.
- `Program.search()/match()` runs it. The machine keeps its own stack (no host recursion), counts a step per
  operation and checks the run's limits every few thousand steps, so catastrophic backtracking ends with the
  time or step limit instead of hanging the host.

Host `re` is used only for pieces whose cost is linear in what they read and which cannot backtrack: a fixed
sequence of single-character tests and zero-width assertions (`ab[cd]\\b`), the longest run of one
single-character test (`[a-z]*` counted greedily), and a scan for the next position where a first character
test holds. Those pieces are generated from the parsed tree (never from guest text), so character classes,
case-insensitive matching and `\\w`/`\\d`/`\\s` behave exactly as CPython's. See
docs/decisions/0003-regular-expressions.md.
"""

from __future__ import annotations

import re as _host_re
import unicodedata
from typing import Dict, List, Optional, Tuple

from ... import limits

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
MAX_NESTING = 150  # group nesting the parser accepts (CPython's own parser recurses; it gives up near 490)

# flags (the values of re.I etc.)
T_FLAG, I_FLAG, L_FLAG, M_FLAG, S_FLAG, U_FLAG, X_FLAG, DEBUG_FLAG, A_FLAG = 1, 2, 4, 8, 16, 32, 64, 128, 256
TYPE_FLAGS = A_FLAG | L_FLAG | U_FLAG
GLOBAL_FLAGS = DEBUG_FLAG | T_FLAG
_FLAG_CHARS = {"i": I_FLAG, "L": L_FLAG, "m": M_FLAG, "s": S_FLAG, "x": X_FLAG, "a": A_FLAG, "t": T_FLAG,
               "u": U_FLAG}

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

# tree node kinds
LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH, SUBPATTERN, REPEAT_MAX, REPEAT_MIN, REPEAT_POSS, GROUPREF, \
    GROUPREF_EXISTS, ASSERT, ASSERT_NOT, ATOMIC_GROUP, RANGE, CATEGORY, NEGATE = range(18)
_REPEATS = (REPEAT_MAX, REPEAT_MIN, REPEAT_POSS)

# AT kinds (zero-width assertions)
AT_BEGINNING, AT_BEGINNING_STRING, AT_END, AT_END_STRING, AT_BOUNDARY, AT_NON_BOUNDARY = range(6)

_ESCAPES = {r"\a": (LITERAL, 7), r"\b": (LITERAL, 8), r"\f": (LITERAL, 12), r"\n": (LITERAL, 10),
            r"\r": (LITERAL, 13), r"\t": (LITERAL, 9), r"\v": (LITERAL, 11), "\\\\": (LITERAL, 92)}
_CATEGORY_NAMES = {r"\d": "d", r"\D": "D", r"\s": "s", r"\S": "S", r"\w": "w", r"\W": "W"}
_CATEGORIES = {r"\A": (AT, AT_BEGINNING_STRING), r"\b": (AT, AT_BOUNDARY), r"\B": (AT, AT_NON_BOUNDARY),
               r"\Z": (AT, AT_END_STRING)}
for _k, _v in _CATEGORY_NAMES.items():
    _CATEGORIES[_k] = (IN, [(CATEGORY, _v)])


class RegexError(Exception):
    """A syntax error in a pattern or template: becomes the guest's `re.error` (msg, pattern, pos)."""

    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class GroupNameError(Exception):
    """A template names a group the pattern does not have (CPython raises IndexError for this)."""


# ---------------------------------------------------------------------------------------------- parsing


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash and the character after it."""

    __slots__ = ("string", "decoded", "istext", "index", "next")

    def __init__(self, string):
        self.string = string
        self.istext = isinstance(string, str)
        self.decoded = string if self.istext else string.decode("latin-1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        decoded = self.decoded
        if index >= len(decoded):
            self.next = None
            return
        char = decoded[index]
        if char == "\\":
            index += 1
            if index >= len(decoded):
                raise RegexError("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += decoded[index]
        self.index = index + 1
        self.next = char

    def match(self, char) -> bool:
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset) -> str:
        result = ""
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name) -> str:
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error(f"missing {terminator}, unterminated name", len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self) -> int:
        return self.index - len(self.next or "")

    def seek(self, index: int):
        self.index = index
        self._advance()

    def error(self, msg, offset=0) -> RegexError:
        return RegexError(msg, self.string, self.tell() - offset)


class _State:
    __slots__ = ("flags", "groupdict", "groupwidths", "lookbehindgroups", "grouprefpos", "depth")

    def __init__(self, flags):
        self.flags = flags
        self.groupdict: Dict[str, int] = {}
        self.groupwidths: list = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos: Dict[int, int] = {}
        self.depth = 0

    @property
    def groups(self) -> int:
        return len(self.groupwidths)

    def opengroup(self, name=None) -> int:
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise RegexError("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise RegexError(f"redefinition of group name {name!r} as group {gid}; was group {ogid}")
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = _width(p, self)

    def checkgroup(self, gid) -> bool:
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


def _width(items, state) -> Tuple[int, int]:
    """(min, max) number of characters `items` can match (CPython's getwidth)."""
    lo = hi = 0
    for op, av in items:
        if op == BRANCH:
            i, j = MAXREPEAT - 1, 0
            for alt in av:
                l, h = _width(alt, state)
                i, j = min(i, l), max(j, h)
            lo += i
            hi += j
        elif op == ATOMIC_GROUP:
            i, j = _width(av, state)
            lo += i
            hi += j
        elif op == SUBPATTERN:
            i, j = _width(av[3], state)
            lo += i
            hi += j
        elif op in _REPEATS:
            i, j = _width(av[2], state)
            lo += i * av[0]
            hi += j * av[1]
        elif op in (LITERAL, NOT_LITERAL, ANY, IN):
            lo += 1
            hi += 1
        elif op == GROUPREF:
            i, j = state.groupwidths[av]
            lo += i
            hi += j
        elif op == GROUPREF_EXISTS:
            i, j = _width(av[1], state)
            if av[2] is not None:
                l, h = _width(av[2], state)
                i, j = min(i, l), max(j, h)
            else:
                i = 0
            lo += i
            hi += j
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _class_escape(source: _Source, escape: str):
    code = _ESCAPES.get(escape)
    if code:
        return code
    code = _CATEGORIES.get(escape)
    if code and code[0] == IN:
        return code
    c = escape[1:2]
    try:
        if c == "x":
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error(f"incomplete escape {escape}", len(escape))
            return LITERAL, int(escape[2:], 16)
        if c == "u" and source.istext:
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error(f"incomplete escape {escape}", len(escape))
            return LITERAL, int(escape[2:], 16)
        if c == "U" and source.istext:
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error(f"incomplete escape {escape}", len(escape))
            value = int(escape[2:], 16)
            chr(value)  # ValueError past U+10FFFF: a bad escape
            return LITERAL, value
        if c == "N" and source.istext:
            return LITERAL, _named_char(source)
        if c in OCTDIGITS:
            escape += source.getwhile(2, OCTDIGITS)
            value = int(escape[1:], 8)
            if value > 0o377:
                raise source.error(f"octal escape value {escape} outside of range 0-0o377", len(escape))
            return LITERAL, value
        if c in DIGITS:
            raise ValueError
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error(f"bad escape {escape}", len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error(f"bad escape {escape}", len(escape))


def _named_char(source: _Source) -> int:
    if not source.match("{"):
        raise source.error("missing {")
    charname = source.getuntil("}", "character name")
    try:
        return ord(unicodedata.lookup(charname))
    except (KeyError, TypeError):
        raise source.error(f"undefined character name {charname!r}", len(charname) + len(r"\N{}")) from None


def _escape(source: _Source, escape: str, state: _State):
    code = _CATEGORIES.get(escape)
    if code:
        return code
    code = _ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    try:
        if c == "x":
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error(f"incomplete escape {escape}", len(escape))
            return LITERAL, int(escape[2:], 16)
        if c == "u" and source.istext:
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error(f"incomplete escape {escape}", len(escape))
            return LITERAL, int(escape[2:], 16)
        if c == "U" and source.istext:
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error(f"incomplete escape {escape}", len(escape))
            value = int(escape[2:], 16)
            chr(value)
            return LITERAL, value
        if c == "N" and source.istext:
            return LITERAL, _named_char(source)
        if c == "0":
            escape += source.getwhile(2, OCTDIGITS)
            return LITERAL, int(escape[1:], 8)
        if c in DIGITS:
            # an octal escape or a group reference
            if source.next in DIGITS:
                escape += source.get()
                if escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and source.next in OCTDIGITS:
                    escape += source.get()
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise source.error(f"octal escape value {escape} outside of range 0-0o377", len(escape))
                    return LITERAL, value
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                state.checklookbehindgroup(group, source)
                return GROUPREF, group
            raise source.error(f"invalid group reference {group}", len(escape) - 1)
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error(f"bad escape {escape}", len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error(f"bad escape {escape}", len(escape))


def _uniq(items):
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _parse_sub(source: _Source, state: _State, verbose, nested):
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & X_FLAG
    del start
    if len(items) == 1:
        return items[0]
    # a branch of single characters is a character set (as CPython's parser makes it: it repeats faster)
    charset = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op == LITERAL:
            charset.append((op, av))
        elif op == IN and av[0][0] != NEGATE:
            charset.extend(av)
        else:
            break
    else:
        return [(IN, _uniq(charset))]
    return [(BRANCH, items)]


def _parse(source: _Source, state: _State, verbose, nested, first=False):
    if nested > 2 * MAX_NESTING:
        raise RecursionError("maximum recursion depth exceeded")
    subpattern: list = []
    append = subpattern.append
    sourceget = source.get
    sourcematch = source.match

    while True:
        this = source.next
        if this is None or this in "|)":
            break
        sourceget()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = sourceget()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            append(_escape(source, this, state))

        elif this not in SPECIAL_CHARS:
            append((LITERAL, ord(this)))

        elif this == "[":
            here = source.tell() - 1
            items = []
            negate = sourcematch("^")
            while True:
                this = sourceget()
                if this is None:
                    raise source.error("unterminated character set", source.tell() - here)
                if this == "]" and items:
                    break
                if this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    code1 = (LITERAL, ord(this))
                if sourcematch("-"):
                    that = sourceget()
                    if that is None:
                        raise source.error("unterminated character set", source.tell() - here)
                    if that == "]":
                        if code1[0] == IN:
                            code1 = code1[1][0]
                        items.append(code1)
                        items.append((LITERAL, ord("-")))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        code2 = (LITERAL, ord(that))
                    if code1[0] != LITERAL or code2[0] != LITERAL:
                        raise source.error(f"bad character range {this}-{that}", len(this) + 1 + len(that))
                    lo, hi = code1[1], code2[1]
                    if hi < lo:
                        raise source.error(f"bad character range {this}-{that}", len(this) + 1 + len(that))
                    items.append((RANGE, (lo, hi)))
                else:
                    if code1[0] == IN:
                        code1 = code1[1][0]
                    items.append(code1)
            items = _uniq(items)
            if len(items) == 1 and items[0][0] == LITERAL:
                append((NOT_LITERAL, items[0][1]) if negate else items[0])
            else:
                if negate:
                    items.insert(0, (NEGATE, None))
                append((IN, items))

        elif this in REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, MAXREPEAT
            elif this == "+":
                lo, hi = 1, MAXREPEAT
            else:  # "{"
                if source.next == "}":
                    append((LITERAL, ord(this)))
                    continue
                lo, hi = 0, MAXREPEAT
                los = his = ""
                while source.next in DIGITS:
                    los += sourceget()
                if sourcematch(","):
                    while source.next in DIGITS:
                        his += sourceget()
                else:
                    his = los
                if not sourcematch("}"):
                    append((LITERAL, ord(this)))
                    source.seek(here)
                    continue
                if los:
                    lo = int(los)
                    if lo >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if his:
                    hi = int(his)
                    if hi >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat", source.tell() - here)
            item = subpattern[-1:]
            if not item or item[0][0] == AT:
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if item[0][0] in _REPEATS:
                raise source.error("multiple repeat", source.tell() - here + len(this))
            if item[0][0] == SUBPATTERN:
                group, add_flags, del_flags, p = item[0][1]
                if group is None and not add_flags and not del_flags:
                    item = p
            if sourcematch("?"):
                subpattern[-1] = (REPEAT_MIN, (lo, hi, item))
            elif sourcematch("+"):
                subpattern[-1] = (REPEAT_POSS, (lo, hi, item))
            else:
                subpattern[-1] = (REPEAT_MAX, (lo, hi, item))

        elif this == ".":
            append((ANY, None))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = del_flags = 0
            if sourcematch("?"):
                char = sourceget()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if sourcematch("<"):
                        name = source.getuntil(">", "group name")
                        if not name.isidentifier():
                            raise source.error(f"bad character in group name {name!r}", len(name) + 1)
                    elif sourcematch("="):
                        name = source.getuntil(")", "group name")
                        if not name.isidentifier():
                            raise source.error(f"bad character in group name {name!r}", len(name) + 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error(f"unknown group name {name!r}", len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group", len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        append((GROUPREF, gid))
                        continue
                    else:
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char, len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment", source.tell() - start)
                        if sourceget() == ")":
                            break
                    continue
                elif char in "=!<":
                    direction = 1
                    lookbehindgroups = None
                    if char == "<":
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char, len(char) + 2)
                        direction = -1
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if direction < 0 and lookbehindgroups is None:
                        state.lookbehindgroups = None
                    if not sourcematch(")"):
                        raise source.error("missing ), unterminated subpattern", source.tell() - start)
                    append((ASSERT if char == "=" else ASSERT_NOT, (direction, p)))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error(f"unknown group name {condname!r}", len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            raise source.error(f"bad character in group name {condname!r}",
                                               len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number", len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            raise source.error(f"invalid group reference {condgroup}", len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern", source.tell() - start)
                    append((GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in _FLAG_CHARS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or subpattern:
                            raise source.error("global flags not at the start of the expression",
                                               source.tell() - start)
                        verbose = state.flags & X_FLAG
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char, len(char) + 1)

            if capture:
                try:
                    group = state.opengroup(name)
                except RegexError as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = (verbose or (add_flags & X_FLAG)) and not (del_flags & X_FLAG)
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                append((ATOMIC_GROUP, p))
            else:
                append((SUBPATTERN, (group, add_flags, del_flags, p)))

        elif this == "^":
            append((AT, AT_BEGINNING))

        elif this == "$":
            append((AT, AT_END))

        else:  # pragma: no cover
            raise AssertionError(f"unsupported special character {this!r}")

    # non-capturing groups without flags dissolve into their parent
    for i in range(len(subpattern) - 1, -1, -1):
        op, av = subpattern[i]
        if op == SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                subpattern[i:i + 1] = p
    return subpattern


def _parse_flags(source: _Source, state: _State, char):
    sourceget = source.get
    add_flags = del_flags = 0
    if char != "-":
        while True:
            flag = _FLAG_CHARS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = sourceget()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAG_CHARS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = sourceget()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAG_CHARS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAG_CHARS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = sourceget()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAG_CHARS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _fix_flags(pattern, flags: int) -> int:
    if isinstance(pattern, str):
        if flags & L_FLAG:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & A_FLAG:
            flags |= U_FLAG
        elif flags & U_FLAG:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & U_FLAG:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & L_FLAG and flags & A_FLAG:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


class Parsed:
    __slots__ = ("items", "flags", "groups", "groupdict", "state")

    def __init__(self, items, state: _State):
        self.items = items
        self.flags = state.flags
        self.groups = state.groups
        self.groupdict = state.groupdict
        self.state = state


def parse(pattern, flags: int) -> Parsed:
    """Parse `pattern` (str or bytes) with `flags`: RegexError, ValueError, OverflowError or RecursionError
    exactly where CPython 3.11 raises them."""
    source = _Source(pattern)
    state = _State(flags)
    p = _parse_sub(source, state, flags & X_FLAG, 0)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise RegexError(f"invalid group reference {g}", pattern, state.grouprefpos[g])
    return Parsed(p, state)
