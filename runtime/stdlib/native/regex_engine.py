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
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return RegexError(msg, self.string, self.tell() - offset)


class _State:
    __slots__ = ("flags", "groupdict", "groupwidths", "lookbehindgroups", "grouprefpos", "steps")

    def __init__(self, flags):
        self.flags = flags
        self.groupdict: Dict[str, int] = {}
        self.groupwidths: list = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos: Dict[int, int] = {}
        self.steps = 0  # tokens read, for the limits

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
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & X_FLAG  # (?x) at the start applies to every alternative
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
        state.steps += 1
        if not state.steps & 1023:
            limits.current().tick(1024)
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
    if any(op == SUBPATTERN and av[0] is None and not av[1] and not av[2] for op, av in subpattern):
        flat = []
        for op, av in subpattern:
            if op == SUBPATTERN and av[0] is None and not av[1] and not av[2]:
                flat.extend(av[3])
            else:
                flat.append((op, av))
        subpattern = flat
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


# ---------------------------------------------------------------------------------------------- compiling

(OP_SUCCESS, OP_FAILURE, OP_LIT, OP_SEG, OP_MARK, OP_JUMP, OP_BRANCH, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE,
 OP_POSS_REPEAT_ONE, OP_REPEAT, OP_MAX_UNTIL, OP_MIN_UNTIL, OP_POSS_REPEAT, OP_GROUPREF, OP_GROUPREF_EXISTS,
 OP_ASSERT, OP_ASSERT_NOT, OP_ATOMIC) = range(19)

_AT_TEXT = {AT_BEGINNING: "^", AT_BEGINNING_STRING: r"\A", AT_END: "$", AT_END_STRING: r"\Z",
            AT_BOUNDARY: r"\b", AT_NON_BOUNDARY: r"\B"}
_UNITS = (LITERAL, NOT_LITERAL, ANY, IN, AT)
SEG_UNITS = 256  # units per host regex of a fixed sequence (a longer sequence is several)

# Host regexes built from parsed units (never from guest text), shared by every run: their text is a
# function of the guest's pattern only, and each is compiled once.
_HOST_CACHE: Dict[Tuple[str, int], object] = {}
_HOST_CACHE_SIZE = 4096
_CLASS_SECONDS_PER_CHAR = 5e-8  # host compile time per character of a range in a set (measured: 1.4e-8)


def _host(text: str, flags: int):
    key = (text, flags)
    rx = _HOST_CACHE.get(key)
    if rx is None:
        if len(_HOST_CACHE) >= _HOST_CACHE_SIZE:
            for k in list(_HOST_CACHE)[:_HOST_CACHE_SIZE // 2]:
                del _HOST_CACHE[k]
        rx = _HOST_CACHE[key] = _host_re.compile(text, flags)
    return rx


def _char(c: int) -> str:
    ch = chr(c)
    if ch.isascii() and ch.isalnum():
        return ch
    return "\\U%08x" % c


def _unit_text(op, av) -> str:
    if op == LITERAL:
        return _char(av)
    if op == NOT_LITERAL:
        return "[^\\U%08x]" % av
    if op == ANY:
        return "."
    if op == AT:
        return _AT_TEXT[av]
    parts = []
    for kind, value in av:  # IN
        if kind == NEGATE:
            parts.append("^")
        elif kind == LITERAL:
            parts.append("\\U%08x" % value)
        elif kind == RANGE:
            parts.append("\\U%08x-\\U%08x" % value)
        else:  # CATEGORY
            parts.append("\\" + value)
    return "[" + "".join(parts) + "]"


def _unit_cost(op, av) -> int:
    """Characters the host's compiler may walk for this unit (its sets expand ranges)."""
    if op != IN:
        return 1
    return sum(min(v[1] - v[0] + 1, 0x110000) if k == RANGE else 1 for k, v in av)


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _simple(items) -> bool:
    if len(items) != 1:
        return False
    op, av = items[0]
    if op == SUBPATTERN:
        return av[0] is None and _simple(av[3])
    return op in (ANY, IN, LITERAL, NOT_LITERAL)


def _simple_unit(items, flags):
    """(op, av, flags) of the single unit a `_simple` item matches."""
    op, av = items[0]
    while op == SUBPATTERN:
        flags = _combine_flags(flags, av[1], av[2])
        op, av = av[3][0]
    return op, av, flags


class _Compiler:
    def __init__(self, parsed: Parsed, bytes_mode: bool):
        self.code: List[list] = []
        self.parsed = parsed
        self.bytes_mode = bytes_mode

    def host_flags(self, flags) -> int:
        hf = 0
        if self.bytes_mode or flags & (A_FLAG | L_FLAG):
            hf |= _host_re.ASCII
        if flags & I_FLAG:
            hf |= _host_re.IGNORECASE
        if flags & S_FLAG:
            hf |= _host_re.DOTALL
        if flags & M_FLAG:
            hf |= _host_re.MULTILINE
        return hf

    def host(self, text, hf, units):
        """The host regex for `text` (built from `units`). Compiling a set walks the characters of its
        ranges (all of Unicode for `[\\x00-\\U0010ffff]`) in code that cannot be interrupted: that work is
        estimated and charged first, and refused when it cannot finish in the time left."""
        if (text, hf) not in _HOST_CACHE:
            cost = sum(_unit_cost(op, av) for op, av, *_ in units)
            limits.charge_work(cost * 16 + len(units) * 4096)  # (also checks the clock now and then)
            if cost > 256:
                limits.check_native_time(cost * _CLASS_SECONDS_PER_CHAR, "compiling this regular expression")
        return _host(text, hf)

    def emit(self, *ins) -> int:
        self.code.append(list(ins))
        return len(self.code) - 1

    def flush(self, pending):
        """Units in a row become one op: a case-sensitive literal string, or a host regex."""
        i = 0
        while i < len(pending):
            hf = pending[i][2]
            j = i
            while j < len(pending) and pending[j][2] == hf and j - i < SEG_UNITS:
                j += 1
            run = pending[i:j]
            if not hf & _host_re.IGNORECASE and all(op == LITERAL for op, _, _ in run):
                text = "".join(chr(av) for _, av, _ in run)
                self.emit(OP_LIT, text, len(text))
            else:
                text = "".join(_unit_text(op, av) for op, av, _ in run)
                first = None
                if run[0][0] == LITERAL and not hf & _host_re.IGNORECASE:
                    first = chr(run[0][1])
                self.emit(OP_SEG, self.host(text, hf, run).match, first, run, len(run) >> 5)
            i = j
        del pending[:]

    def compile_seq(self, items, flags):
        pending = []
        for op, av in items:
            if op in _UNITS:
                pending.append((op, av, self.host_flags(flags)))
                continue
            self.flush(pending)
            if op in _REPEATS:
                lo, hi, item = av
                if _simple(item):
                    uop, uav, uflags = _simple_unit(item, flags)
                    hf = self.host_flags(uflags)
                    rx = self.host("(?:" + _unit_text(uop, uav) + ")*", hf, [(uop, uav)])
                    kind = {REPEAT_MAX: OP_REPEAT_ONE, REPEAT_MIN: OP_MIN_REPEAT_ONE,
                            REPEAT_POSS: OP_POSS_REPEAT_ONE}[op]
                    self.emit(kind, lo, hi, rx.match, None, False, (uop, uav, hf))
                elif op == REPEAT_POSS:
                    at = self.emit(OP_POSS_REPEAT, lo, hi, 0, 0)
                    self.code[at][3] = len(self.code)
                    self.compile_seq(item, flags)
                    self.emit(OP_SUCCESS)
                    self.code[at][4] = len(self.code)
                else:
                    at = self.emit(OP_REPEAT, lo, hi, 0, 0)
                    self.code[at][3] = len(self.code)
                    self.compile_seq(item, flags)
                    self.code[at][4] = self.emit(OP_MAX_UNTIL if op == REPEAT_MAX else OP_MIN_UNTIL)
            elif op == SUBPATTERN:
                group, add_flags, del_flags, p = av
                if group:
                    self.emit(OP_MARK, (group - 1) * 2)
                self.compile_seq(p, _combine_flags(flags, add_flags, del_flags))
                if group:
                    self.emit(OP_MARK, (group - 1) * 2 + 1)
            elif op == ATOMIC_GROUP:
                at = self.emit(OP_ATOMIC, 0, 0)
                self.code[at][1] = len(self.code)
                self.compile_seq(av, flags)
                self.emit(OP_SUCCESS)
                self.code[at][2] = len(self.code)
            elif op in (ASSERT, ASSERT_NOT):
                direction, p = av
                back = 0
                if direction < 0:
                    lo, hi = _width(p, self.parsed.state)
                    if lo != hi:
                        raise RegexError("look-behind requires fixed-width pattern")
                    if lo > MAXREPEAT:
                        raise RegexError("looks too much behind")
                    back = lo
                at = self.emit(OP_ASSERT if op == ASSERT else OP_ASSERT_NOT, back, 0, 0)
                self.code[at][2] = len(self.code)
                self.compile_seq(p, flags)
                self.emit(OP_SUCCESS)
                self.code[at][3] = len(self.code)
            elif op == BRANCH:
                at = self.emit(OP_BRANCH, [])
                jumps = []
                for alt in av:
                    self.code[at][1].append(len(self.code))
                    self.compile_seq(alt, flags)
                    jumps.append(self.emit(OP_JUMP, 0))
                for j in jumps:
                    self.code[j][1] = len(self.code)
            elif op == GROUPREF:
                mode = 0
                if flags & I_FLAG:
                    mode = 1 if self.bytes_mode or flags & (A_FLAG | L_FLAG) else 2
                self.emit(OP_GROUPREF, av - 1, mode)
            elif op == GROUPREF_EXISTS:
                group, yes, no = av
                at = self.emit(OP_GROUPREF_EXISTS, group - 1, 0)
                self.compile_seq(yes, flags)
                if no is not None:
                    j = self.emit(OP_JUMP, 0)
                    self.code[at][2] = len(self.code)
                    self.compile_seq(no, flags)
                    self.code[j][1] = len(self.code)
                else:
                    self.code[at][2] = len(self.code)
            else:  # pragma: no cover
                raise AssertionError(f"unknown node {op}")
        self.flush(pending)

    def finish(self):
        """Freeze the program. Each single-character repeat learns what its continuation must begin with
        (a literal, or a set of character tests), so backtracking can skip the counts whose continuation
        would fail at once -- CPython does this for a literal; a set is the same idea."""
        code = self.code
        for i, ins in enumerate(code):
            if ins[0] in (OP_REPEAT_ONE, OP_MIN_REPEAT_ONE, OP_POSS_REPEAT_ONE):
                ins[5] = code[i + 1][0] == OP_SUCCESS
                if ins[0] == OP_POSS_REPEAT_ONE:
                    continue
                units = _first_units(code, i + 1, 0)
                if not units:
                    continue
                op, av, hf = units[0]
                if len(units) == 1 and op == LITERAL and not hf & _host_re.IGNORECASE:
                    ins[4] = chr(av)
                else:
                    parts = []
                    for op, av, hf in units:
                        text = _flagged(_unit_text(op, av), hf)
                        if text not in parts:
                            parts.append(text)
                    rx = self.host("|".join(parts), 0, units)
                    ins[4] = rx.finditer if ins[0] == OP_REPEAT_ONE else rx.search
        return [tuple(ins) for ins in code]


def _forward_to(tail, s, lo, q, end) -> int:
    """The smallest p in [lo, q] (p < end) where the continuation `tail` (a literal, or a host search of
    its first-character tests) can begin, or -1."""
    hi = q if q < end else end - 1
    if hi < lo:
        return -1
    if type(tail) is str:
        return s.find(tail, lo, hi + 1)
    m = tail(s, lo, hi + 1)
    return -1 if m is None else m.start()


def _back_to(tail, s, lo_bound, ptr, end) -> int:
    """The largest p in [lo_bound, ptr] (p < end) where the continuation `tail` (a literal, or a host
    finditer of its first-character tests) can begin, or -1."""
    top = ptr if ptr < end else end - 1
    if top < lo_bound:
        return -1
    if type(tail) is str:
        return s.rfind(tail, lo_bound, top + 1)
    hi = top + 1
    window = 16
    while hi > lo_bound:
        lo = hi - window
        if lo < lo_bound:
            lo = lo_bound
        last = -1
        for m in tail(s, lo, hi):
            last = m.start()
        if last >= 0:
            return last
        hi = lo
        window <<= 1
    return -1


def _lower_unicode():
    try:
        import _sre

        return lambda c: chr(_sre.unicode_tolower(ord(c)))
    except (ImportError, AttributeError):  # pragma: no cover - CPython has had these since 3.7
        def lower(c):
            low = c.lower()
            return low if len(low) == 1 else c
        return lower


_uni_lower = _lower_unicode()


def _ascii_lower(c):
    return chr(ord(c) + 32) if "A" <= c <= "Z" else c


class Program:
    """A compiled pattern. `groups`, `groupindex` and `flags` are what `Pattern` objects report."""

    __slots__ = ("code", "groups", "groupindex", "indexgroup", "flags", "bytes_mode", "anchored", "scan",
                 "nmarks", "lead", "simple")

    def __init__(self, pattern, flags: int):
        tracker = limits.current()
        n = len(pattern)
        tracker.charge_work(n * 64)
        limits.check_native_time(n * 3e-6, "compiling this regular expression")
        parsed = parse(pattern, flags)
        self.bytes_mode = not isinstance(pattern, str)
        compiler = _Compiler(parsed, self.bytes_mode)
        compiler.compile_seq(parsed.items, parsed.flags)
        compiler.emit(OP_SUCCESS)
        self.code = compiler.finish()
        self.flags = parsed.flags
        self.groups = parsed.groups - 1
        self.groupindex = dict(parsed.groupdict)
        self.indexgroup = {i: name for name, i in self.groupindex.items()}
        self.nmarks = 2 * self.groups
        self.anchored = False
        self.scan = None
        self.lead = None
        self.simple = None
        self._plan_search(compiler)
        code = self.code
        if len(code) == 2 and code[1][0] == OP_SUCCESS:  # one piece and nothing else: no machine needed
            ins = code[0]
            if ins[0] == OP_REPEAT_ONE and ins[2] == MAXREPEAT:
                self.simple = ("run", ins[3], ins[1])
            elif ins[0] == OP_SEG and len(ins[3]) <= 32:  # (host search: at most 32 tests per position)
                self.simple = ("seg", ins[1].__self__.search)
            elif ins[0] == OP_LIT:
                self.simple = ("lit", ins[1])

    def _plan_search(self, compiler):
        """How `search` skips start positions where no match can begin.

        - `anchored`: the pattern begins with `^` (not multiline) or `\\A`, so only the first position can
          match.
        - `scan`: a host regex for "one of the characters a match must begin with" (from the units that can
          come first), which finds the next candidate position in time linear in the distance.
        - `lead`: the pattern begins with an unbounded run of one character test (`\\w+...`, `.*...`) and has
          no backreference or conditional: when an attempt at p fails after that run reached q, every start
          in (p, q] would retry a subset of the same continuations at the same positions, so the search
          resumes at q + 1 (what CPython does in O(n^2) here stays O(n))."""
        code = self.code
        pc = 0
        while code[pc][0] == OP_MARK:
            pc += 1
        ins = code[pc]
        if ins[0] == OP_SEG:
            run = ins[3]
            op, av, hf = run[0]
            if op == AT and (av == AT_BEGINNING_STRING or av == AT_BEGINNING and not hf & _host_re.MULTILINE):
                self.anchored = True
                return
            if len(run) <= 32 and any(u[0] != AT for u in run):
                # the first fixed piece itself finds the candidates (each costs at most 32 tests)
                self.scan = _scanner(compiler.host("".join(_unit_text(op, av) for op, av, _ in run), run[0][2], run))
                return
            if op == AT and av == AT_BEGINNING:  # (?m)^...: a match can only begin at a line start
                self.scan = _line_starts
                return
        if ins[0] in (OP_REPEAT_ONE, OP_MIN_REPEAT_ONE, OP_POSS_REPEAT_ONE) and ins[2] == MAXREPEAT and not any(
                c[0] in (OP_GROUPREF, OP_GROUPREF_EXISTS) for c in code):
            op, av, hf = ins[6]
            self.lead = compiler.host("(?:" + _unit_text(op, av) + ")*", hf, [(op, av)]).match
        if ins[0] == OP_LIT:
            lit = ins[1]
            self.scan = lambda s, pos, end: s.find(lit, pos, end)
            return
        units = _first_units(code, 0, 0)
        if units:
            parts = []
            for op, av, hf in units:
                text = _flagged(_unit_text(op, av), hf)
                if text not in parts:
                    parts.append(text)
            self.scan = _scanner(compiler.host("|".join(parts), 0, units))


_SCOPED = ((_host_re.IGNORECASE, "i"), (_host_re.MULTILINE, "m"), (_host_re.DOTALL, "s"))


def _flagged(text: str, hf: int) -> str:
    on = ("a" if hf & _host_re.ASCII else "") + "".join(c for f, c in _SCOPED if hf & f)
    off = "".join(c for f, c in _SCOPED if not hf & f)
    return "(?" + on + ("-" + off if off else "") + ":" + text + ")"


def _first_units(code, pc, depth):
    """The units (op, av, host flags) one of which must match the first character of any match that starts
    running at `pc`, or None when that is not known (the rest could match the empty string, or begins with
    something this does not look into)."""
    if depth > 20:
        return None
    while True:
        ins = code[pc]
        k = ins[0]
        if k == OP_MARK:
            pc += 1
        elif k == OP_JUMP:
            pc = ins[1]
        elif k in (OP_ASSERT, OP_ASSERT_NOT):
            pc = ins[3]
        elif k == OP_LIT:
            return [(LITERAL, ord(ins[1][0]), 0)]
        elif k == OP_SEG:
            for op, av, hf in ins[3]:
                if op != AT:
                    return [(op, av, hf)]
            pc += 1
        elif k in (OP_REPEAT_ONE, OP_MIN_REPEAT_ONE, OP_POSS_REPEAT_ONE):
            unit = ins[6]
            if ins[1] >= 1:
                return [unit]
            rest = _first_units(code, pc + 1, depth + 1)
            return None if rest is None else [unit] + rest
        elif k == OP_BRANCH:
            out = []
            for alt in ins[1]:
                units = _first_units(code, alt, depth + 1)
                if units is None:
                    return None
                out.extend(units)
            return out
        elif k == OP_REPEAT and ins[1] >= 1:
            pc = ins[3]
        else:
            return None


def _line_starts(s, pos, end):
    if pos == 0 or s[pos - 1] == "\n":
        return pos
    nl = s.find("\n", pos, end)
    return -1 if nl < 0 else nl + 1


def _scanner(rx):
    search = rx.search

    def scan(s, pos, end):
        m = search(s, pos, end)
        return -1 if m is None else m.start()
    return scan


# ---------------------------------------------------------------------------------------------- matching

(F_BRANCH, F_REPEAT_ONE, F_MIN_REPEAT_ONE, F_REPEAT, F_MAX_UNTIL_1, F_MAX_UNTIL_2, F_MAX_UNTIL_3,
 F_MIN_UNTIL_1, F_MIN_UNTIL_2, F_MIN_UNTIL_3, F_POSS_1, F_POSS_2, F_ASSERT, F_ASSERT_NOT, F_ATOMIC) = range(15)

STEP_CHUNK = 2048  # steps between checks of the run's limits
FRAME_BYTES = 160  # what one backtracking frame costs the host, for the memory limit


class _Rep:
    """A repeat in progress (sre's SRE_REPEAT): the count so far and where the last iteration began."""

    __slots__ = ("count", "lo", "hi", "body", "prev", "last_ptr")

    def __init__(self, lo, hi, body, prev):
        self.count = -1
        self.lo = lo
        self.hi = hi
        self.body = body
        self.prev = prev
        self.last_ptr = -1


class Outcome:
    """A successful match: its span, the group spans ((-1, -1) when unset) and lastindex."""

    __slots__ = ("start", "end", "regs", "lastindex")

    def __init__(self, start, end, regs, lastindex):
        self.start = start
        self.end = end
        self.regs = regs
        self.lastindex = lastindex


class Matcher:
    """One string being matched against one program (sre's state): the string, the slice of it that
    matching sees, the limits to charge, and the capture marks of the attempt in progress."""

    __slots__ = ("prog", "s", "pos", "end", "must_advance", "match_all", "start", "marks", "tracker",
                 "charged", "budget", "frame_bytes")

    def __init__(self, prog: Program, s: str, pos: int, endpos: int):
        n = len(s)
        pos = 0 if pos < 0 else min(pos, n)
        endpos = 0 if endpos < 0 else min(endpos, n)
        self.prog = prog
        self.s = s
        self.pos = pos
        self.end = endpos
        self.must_advance = False
        self.match_all = False
        self.start = pos
        self.marks = [None] * prog.nmarks
        self.tracker = limits.current()
        self.charged = 0
        self.budget = STEP_CHUNK
        self.frame_bytes = FRAME_BYTES + 8 * prog.nmarks

    # -- entry points

    def match(self, start: int, fullmatch: bool = False) -> Optional[Outcome]:
        self.match_all = fullmatch
        self.start = start
        try:
            found = self._execute(0, start, True)
        finally:
            self._release()
        return self._outcome(start, found)

    def search(self, start: int) -> Optional[Outcome]:
        """The first match at `start` or later (sre's search, honouring `must_advance` at `start`)."""
        prog = self.prog
        end = self.end
        if start > end:
            return None
        if prog.simple is not None and not prog.anchored:
            return self._search_simple(start)
        self.match_all = False
        try:
            self.start = start
            scan = prog.scan
            if scan is not None and not prog.anchored:
                nxt = scan(self.s, start, end)  # no match can begin before the first candidate
                self.tracker.charge_work((nxt if nxt >= 0 else end) - start)
                if nxt < 0:
                    return None
                if nxt > start:
                    self.must_advance = False
                    self.start = start = nxt
            found = self._execute(0, start, True)
            self.must_advance = False
            if found is None and not prog.anchored:
                scan = prog.scan
                lead = prog.lead
                s = self.s
                ptr = start
                tracker = self.tracker
                while found is None and ptr < end:
                    nxt = ptr + 1
                    if lead is not None:
                        q = lead(s, ptr, end).end()
                        tracker.charge_work(q - ptr)
                        if q >= nxt:
                            nxt = q + 1
                            if nxt > end:
                                break
                    if scan is not None:
                        found_at = scan(s, nxt, end)
                        tracker.charge_work((found_at if found_at >= 0 else end) - ptr)
                        if found_at < 0:
                            break
                        nxt = found_at
                    ptr = nxt
                    self.start = ptr
                    found = self._execute(0, ptr, True)
        finally:
            self._release()
        return self._outcome(self.start, found)

    def _search_simple(self, start: int) -> Optional[Outcome]:
        """search() for a pattern that is one greedy single-character run (`\\w+`), one fixed sequence of
        character tests, or one literal: what the machine would find, without the machine."""
        kind = self.prog.simple
        s = self.s
        end = self.end
        tracker = self.tracker
        if kind[0] == "run":
            run, lo = kind[1], kind[2]
            scan = self.prog.scan
            ptr = start
            while ptr <= end:
                if scan is not None:
                    nxt = scan(s, ptr, end)
                    tracker.charge_work((nxt if nxt >= 0 else end) - ptr)
                    if nxt < 0:
                        return None
                    ptr = nxt
                count = run(s, ptr, end).end() - ptr
                self.budget -= 1 + (count >> 6)
                if self.budget <= 0:
                    tracker.tick(STEP_CHUNK - self.budget)
                    self.budget = STEP_CHUNK
                if count >= lo and not (count == 0 and self.must_advance and ptr == start):
                    return Outcome(ptr, ptr + count, ((ptr, ptr + count),), None)
                ptr += count + 1  # every start inside the run fails as this one did
            return None
        ptr = start
        while ptr <= end:
            if kind[0] == "lit":
                found = s.find(kind[1], ptr, end)
                tracker.charge_work((found if found >= 0 else end) - ptr)
                if found < 0:
                    return None
                a, b = found, found + len(kind[1])
            else:
                m = kind[1](s, ptr, end)
                tracker.charge_work((m.start() if m is not None else end) - ptr)
                if m is None:
                    return None
                a, b = m.span()
            if not (a == b and self.must_advance and a == start):
                return Outcome(a, b, ((a, b),), None)
            ptr = a + 1
        return None

    def _outcome(self, start, found) -> Optional[Outcome]:
        if found is None:
            return None
        end, lastmark, lastindex = found
        marks = self.marks
        regs = [(start, end)]
        for j in range(0, self.prog.nmarks, 2):
            if j + 1 <= lastmark and marks[j] is not None and marks[j + 1] is not None:
                a, b = marks[j], marks[j + 1]
                if a > b:  # CPython reports this as a bug in its own module
                    raise SystemError("The span of capturing group is wrong, please report a bug for the re "
                                      "module.")
                regs.append((a, b))
            else:
                regs.append((-1, -1))
        return Outcome(start, end, tuple(regs), lastindex if lastindex >= 0 else None)

    def _release(self):
        if self.charged:
            self.tracker.inflight = max(0, self.tracker.inflight - self.charged)
            self.charged = 0

    def _account(self, steps, depth):
        tracker = self.tracker
        tracker.tick(steps)
        want = depth * self.frame_bytes
        if want > self.charged:
            tracker.charge_inflight(want - self.charged)
            self.charged = want

    # -- the machine

    def _execute(self, pc, ptr, toplevel):
        """Run the program from `pc` at `ptr`: (end, lastmark, lastindex) of the match, or None."""
        code = self.prog.code
        s = self.s
        end = self.end
        marks = self.marks
        stack = []
        push = stack.append
        pop = stack.pop
        lastmark = lastindex = -1
        repeat = None
        st_ptr = ptr
        budget = self.budget
        ret = False
        while True:
            # ---- run operations in the current context until it returns
            while True:
                budget -= 1
                if budget <= 0:
                    self._account(STEP_CHUNK - budget, len(stack))
                    budget = STEP_CHUNK
                ins = code[pc]
                k = ins[0]
                if k == OP_SEG:
                    m = ins[1](s, ptr, end)
                    if m is None:
                        ret = False
                        break
                    ptr = m.end()
                    budget -= ins[4]
                    pc += 1
                elif k == OP_LIT:
                    if s.startswith(ins[1], ptr, end):
                        ptr += ins[2]
                        pc += 1
                    else:
                        ret = False
                        break
                elif k == OP_MARK:
                    i = ins[1]
                    if i & 1:
                        lastindex = (i >> 1) + 1
                    if i > lastmark:
                        for j in range(lastmark + 1, i):
                            marks[j] = None
                        lastmark = i
                    marks[i] = ptr
                    pc += 1
                elif k == OP_REPEAT_ONE:
                    lo = ins[1]
                    if lo > end - ptr:
                        ret = False
                        break
                    hi = ins[2]
                    count = ins[3](s, ptr, end if hi >= end - ptr else ptr + hi).end() - ptr
                    budget -= count >> 6
                    if count < lo:
                        ret = False
                        break
                    base = ptr
                    ptr += count
                    if ins[5] and ptr == end and not (toplevel and self.must_advance and ptr == self.start):
                        st_ptr = ptr
                        ret = True
                        break
                    tail = ins[4]
                    if tail is not None:
                        ptr = _back_to(tail, s, base + lo, ptr, end)
                        if ptr < 0:
                            ret = False
                            break
                    saved = marks[:lastmark + 1] if repeat is not None and lastmark >= 0 else None
                    push((F_REPEAT_ONE, pc, ptr, base, toplevel, lastmark, lastindex, saved))
                    st_ptr = ptr
                    pc += 1
                elif k == OP_SUCCESS:
                    if toplevel and ((self.match_all and ptr != end) or (self.must_advance and ptr == self.start)):
                        ret = False
                    else:
                        st_ptr = ptr
                        ret = True
                    break
                elif k == OP_BRANCH:
                    saved = marks[:lastmark + 1] if repeat is not None and lastmark >= 0 else None
                    push((F_BRANCH, pc, 0, ptr, toplevel, lastmark, lastindex, saved))
                    st_ptr = ptr
                    pc = ins[1][0]
                elif k == OP_JUMP:
                    pc = ins[1]
                elif k == OP_MIN_REPEAT_ONE:
                    lo = ins[1]
                    if lo > end - ptr:
                        ret = False
                        break
                    base = ptr
                    if lo:
                        count = ins[3](s, ptr, ptr + lo).end() - ptr
                        budget -= count >> 6
                        if count < lo:
                            ret = False
                            break
                        ptr += count
                    else:
                        count = 0
                    if ins[5] and not (toplevel and ((self.match_all and ptr != end)
                                                     or (self.must_advance and ptr == self.start))):
                        st_ptr = ptr
                        ret = True
                        break
                    hi = ins[2]
                    if hi != MAXREPEAT and count > hi:
                        ret = False
                        break
                    tail = ins[4]
                    if tail is not None and (ptr >= end or (tail(s, ptr, ptr + 1) is None if type(tail) is not str
                                                            else s[ptr] != tail)):
                        # the continuation cannot begin here: go straight to the next count where it can
                        q = ins[3](s, ptr, end if hi >= end - base else base + hi).end()
                        budget -= (q - ptr) >> 6
                        nxt = _forward_to(tail, s, ptr + 1, q, end)
                        if nxt < 0:
                            ret = False
                            break
                        ptr = nxt
                        count = ptr - base
                    else:
                        q = -1
                    saved = marks[:lastmark + 1] if repeat is not None and lastmark >= 0 else None
                    push((F_MIN_REPEAT_ONE, pc, ptr, base, toplevel, lastmark, lastindex, saved, q))
                    st_ptr = ptr
                    pc += 1
                elif k == OP_POSS_REPEAT_ONE:
                    lo = ins[1]
                    if lo > end - ptr:
                        ret = False
                        break
                    hi = ins[2]
                    count = ins[3](s, ptr, end if hi >= end - ptr else ptr + hi).end() - ptr
                    budget -= count >> 6
                    if count < lo:
                        ret = False
                        break
                    ptr += count
                    pc += 1
                elif k == OP_REPEAT:
                    repeat = _Rep(ins[1], ins[2], ins[3], repeat)
                    push((F_REPEAT, repeat))
                    st_ptr = ptr
                    pc = ins[4]
                elif k == OP_MAX_UNTIL:
                    rep = repeat
                    st_ptr = ptr
                    count = rep.count + 1
                    if count < rep.lo:
                        rep.count = count
                        push((F_MAX_UNTIL_1, pc, ptr, toplevel, rep, count))
                        pc = rep.body
                    elif (count < rep.hi or rep.hi == MAXREPEAT) and ptr != rep.last_ptr:
                        rep.count = count
                        saved = marks[:lastmark + 1] if lastmark >= 0 else None
                        push((F_MAX_UNTIL_2, pc, ptr, toplevel, rep, count, lastmark, lastindex, saved,
                              rep.last_ptr))
                        rep.last_ptr = ptr
                        pc = rep.body
                    else:
                        repeat = rep.prev
                        push((F_MAX_UNTIL_3, pc, ptr, toplevel, rep))
                        pc += 1
                elif k == OP_MIN_UNTIL:
                    rep = repeat
                    st_ptr = ptr
                    count = rep.count + 1
                    if count < rep.lo:
                        rep.count = count
                        push((F_MIN_UNTIL_1, pc, ptr, toplevel, rep, count))
                        pc = rep.body
                    else:
                        repeat = rep.prev
                        saved = marks[:lastmark + 1] if repeat is not None and lastmark >= 0 else None
                        push((F_MIN_UNTIL_2, pc, ptr, toplevel, rep, count, lastmark, lastindex, saved))
                        pc += 1
                elif k == OP_POSS_REPEAT:
                    st_ptr = ptr
                    if ins[1] > 0:
                        push((F_POSS_1, pc, ptr, toplevel, 0))
                        pc = ins[3]
                        toplevel = False
                    elif ins[2] > 0:
                        saved = marks[:lastmark + 1] if lastmark >= 0 else None
                        push((F_POSS_2, pc, ptr, toplevel, 0, lastmark, lastindex, saved))
                        pc = ins[3]
                        toplevel = False
                    else:
                        pc = ins[4]
                elif k == OP_GROUPREF:
                    g = ins[1] * 2
                    if g >= lastmark:
                        ret = False
                        break
                    a, b = marks[g], marks[g + 1]
                    if a is None or b is None or b < a or end - ptr < b - a:
                        ret = False
                        break
                    n = b - a
                    budget -= n >> 6
                    mode = ins[2]
                    if mode == 0:
                        if not s.startswith(s[a:b], ptr, end):
                            ret = False
                            break
                    else:
                        low = _ascii_lower if mode == 1 else _uni_lower
                        if any(low(x) != low(y) for x, y in zip(s[a:b], s[ptr:ptr + n])):
                            ret = False
                            break
                    ptr += n
                    pc += 1
                elif k == OP_GROUPREF_EXISTS:
                    g = ins[1] * 2
                    if g >= lastmark:
                        pc = ins[2]
                    else:
                        a, b = marks[g], marks[g + 1]
                        if a is None or b is None or b < a:
                            pc = ins[2]
                        else:
                            pc += 1
                elif k == OP_ASSERT:
                    back = ins[1]
                    if ptr < back:
                        ret = False
                        break
                    push((F_ASSERT, pc, ptr, toplevel))
                    st_ptr = ptr - back
                    ptr = st_ptr
                    pc = ins[2]
                    toplevel = False
                elif k == OP_ASSERT_NOT:
                    back = ins[1]
                    if ptr >= back:
                        saved = marks[:lastmark + 1] if repeat is not None and lastmark >= 0 else None
                        push((F_ASSERT_NOT, pc, ptr, toplevel, lastmark, lastindex, saved))
                        st_ptr = ptr - back
                        ptr = st_ptr
                        pc = ins[2]
                        toplevel = False
                    else:
                        pc = ins[3]
                elif k == OP_ATOMIC:
                    push((F_ATOMIC, pc, ptr, toplevel))
                    st_ptr = ptr
                    pc = ins[1]
                    toplevel = False
                elif k == OP_FAILURE:
                    ret = False
                    break
                else:  # pragma: no cover
                    raise AssertionError(f"bad regex op {k}")

            # ---- return `ret` to the contexts waiting on the stack, until one resumes running
            while True:
                if not stack:
                    self.budget = budget
                    if ret:
                        return st_ptr, lastmark, lastindex
                    return None
                budget -= 1
                fr = pop()
                f = fr[0]
                if f == F_BRANCH:
                    if ret:
                        continue
                    _, bpc, i, ptr, toplevel, lastmark, lastindex, saved = fr
                    if saved is not None:
                        marks[:len(saved)] = saved
                    alts = code[bpc][1]
                    i += 1
                    if i >= len(alts):
                        continue
                    push((F_BRANCH, bpc, i, ptr, toplevel, lastmark, lastindex, saved))
                    st_ptr = ptr
                    pc = alts[i]
                    break
                if f == F_REPEAT_ONE:
                    if ret:
                        continue
                    _, rpc, ptr, base, toplevel, lastmark, lastindex, saved = fr
                    if saved is not None:
                        marks[:len(saved)] = saved
                    ins = code[rpc]
                    lo = ins[1]
                    ptr -= 1
                    tail = ins[4]
                    if tail is not None:
                        ptr = _back_to(tail, s, base + lo, ptr, end)
                        if ptr < 0:
                            continue
                    elif ptr < base + lo:
                        continue
                    push((F_REPEAT_ONE, rpc, ptr, base, toplevel, lastmark, lastindex, saved))
                    st_ptr = ptr
                    pc = rpc + 1
                    break
                if f == F_MIN_REPEAT_ONE:
                    if ret:
                        continue
                    _, rpc, ptr, base, toplevel, lastmark, lastindex, saved, q = fr
                    if saved is not None:
                        marks[:len(saved)] = saved
                    ins = code[rpc]
                    tail = ins[4]
                    if tail is None:
                        if ptr >= end or ins[3](s, ptr, ptr + 1).end() == ptr:
                            continue
                        ptr += 1
                        hi = ins[2]
                        if hi != MAXREPEAT and ptr - base > hi:
                            continue
                    else:
                        if q < 0:
                            hi = ins[2]
                            q = ins[3](s, ptr, end if hi >= end - base else base + hi).end()
                            budget -= (q - ptr) >> 6
                        ptr = _forward_to(tail, s, ptr + 1, q, end)
                        if ptr < 0:
                            continue
                    push((F_MIN_REPEAT_ONE, rpc, ptr, base, toplevel, lastmark, lastindex, saved, q))
                    st_ptr = ptr
                    pc = rpc + 1
                    break
                if f == F_REPEAT:
                    repeat = fr[1].prev
                    continue
                if f == F_MAX_UNTIL_1:
                    if ret:
                        continue
                    fr[4].count = fr[5] - 1
                    st_ptr = fr[2]
                    continue
                if f == F_MAX_UNTIL_2:
                    _, upc, ptr, toplevel, rep, count, lm, li, saved, last = fr
                    rep.last_ptr = last
                    if ret:
                        continue
                    if saved is not None:
                        marks[:len(saved)] = saved
                    lastmark, lastindex = lm, li
                    rep.count = count - 1
                    st_ptr = ptr
                    repeat = rep.prev
                    push((F_MAX_UNTIL_3, upc, ptr, toplevel, rep))
                    pc = upc + 1
                    break
                if f == F_MAX_UNTIL_3:
                    repeat = fr[4]
                    if not ret:
                        st_ptr = fr[2]
                    continue
                if f == F_MIN_UNTIL_1:
                    if ret:
                        continue
                    fr[4].count = fr[5] - 1
                    st_ptr = fr[2]
                    continue
                if f == F_MIN_UNTIL_2:
                    _, upc, ptr, toplevel, rep, count, lm, li, saved = fr
                    repeat = rep
                    if ret:
                        continue
                    if saved is not None:
                        marks[:len(saved)] = saved
                    lastmark, lastindex = lm, li
                    st_ptr = ptr
                    if (count >= rep.hi and rep.hi != MAXREPEAT) or ptr == rep.last_ptr:
                        continue
                    rep.count = count
                    push((F_MIN_UNTIL_3, upc, ptr, toplevel, rep, count, rep.last_ptr))
                    rep.last_ptr = ptr
                    pc = rep.body
                    break
                if f == F_MIN_UNTIL_3:
                    rep = fr[4]
                    rep.last_ptr = fr[6]
                    if ret:
                        continue
                    rep.count = fr[5] - 1
                    st_ptr = fr[2]
                    continue
                if f == F_POSS_1:
                    _, ppc, ptr0, outer, count = fr
                    if not ret:
                        st_ptr = ptr0
                        continue
                    ins = code[ppc]
                    count += 1
                    if count < ins[1]:
                        push((F_POSS_1, ppc, ptr0, outer, count))
                        ptr = st_ptr
                        pc = ins[3]
                        toplevel = False
                        break
                    if count < ins[2] or ins[2] == MAXREPEAT:
                        saved = marks[:lastmark + 1] if lastmark >= 0 else None
                        push((F_POSS_2, ppc, st_ptr, outer, count, lastmark, lastindex, saved))
                        ptr = st_ptr
                        pc = ins[3]
                        toplevel = False
                        break
                    ptr = st_ptr
                    pc = ins[4]
                    toplevel = outer
                    break
                if f == F_POSS_2:
                    _, ppc, ctx_ptr, outer, count, lm, li, saved = fr
                    ins = code[ppc]
                    if ret:
                        count += 1
                        if (count < ins[2] or ins[2] == MAXREPEAT) and st_ptr != ctx_ptr:
                            saved = marks[:lastmark + 1] if lastmark >= 0 else None
                            push((F_POSS_2, ppc, st_ptr, outer, count, lastmark, lastindex, saved))
                            ptr = st_ptr
                            pc = ins[3]
                            toplevel = False
                            break
                    else:
                        if saved is not None:
                            marks[:len(saved)] = saved
                        lastmark, lastindex = lm, li
                        st_ptr = ctx_ptr
                    ptr = st_ptr
                    pc = ins[4]
                    toplevel = outer
                    break
                if f == F_ASSERT:
                    if not ret:
                        continue
                    _, apc, ptr, toplevel = fr
                    pc = code[apc][3]
                    break
                if f == F_ASSERT_NOT:
                    if ret:
                        ret = False
                        continue
                    _, apc, ptr, toplevel, lastmark, lastindex, saved = fr
                    if saved is not None:
                        marks[:len(saved)] = saved
                    pc = code[apc][3]
                    break
                if f == F_ATOMIC:
                    if not ret:
                        continue
                    _, apc, _, toplevel = fr
                    ptr = st_ptr
                    pc = code[apc][2]
                    break
                raise AssertionError(f"bad regex frame {f}")  # pragma: no cover
