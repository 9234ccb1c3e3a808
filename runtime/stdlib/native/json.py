"""`_monty_json`: the native half of the sandbox's `json` (runtime/stdlib/guest/json.py is the module guests
import; it holds the classes and everything that calls guest code: `default`, the hooks, `cls=`).

- `scan` parses a document iteratively (no host recursion) with CPython 3.11's C scanner's error messages
  and positions. With hooks, it returns a raw tree (objects as `("o", pairs)`, numbers and constants as
  tagged strings) that the guest module walks bottom-up, calling the hooks in the order CPython does.
- `encode` serialises plain data iteratively with CPython's output byte for byte. With `soft=True` it
  returns None at the first value it cannot serialise itself, and the guest module takes over for that part
  (calling `default`).

Both charge the run's limits as they go (work, memory in flight), bound nesting the way CPython's recursion
limit does (RecursionError with CPython's message), and take and return guest values only.
"""

from __future__ import annotations

import re as _host_re
import sys

from ... import containers, limits
from ...values import type_name
from .. import make_native_module

MODULE = "_monty_json"

_WS = _host_re.compile(r"[ \t\n\r]*").match
_NUMBER = _host_re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?").match
_CHUNK_STRICT = _host_re.compile(r'[^"\\\x00-\x1f]*').match
_CHUNK_LAX = _host_re.compile(r'[^"\\]*').match
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")
CHARGE_EVERY = 1 << 16  # bytes of results between two charges to the memory limit


class _DecodeError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.msg = msg
        self.pos = pos


def _depth_budget() -> int:
    """How deep a document may nest before CPython would hit its recursion limit: the run's recursion
    limit less the guest frames already in use (and the few frames json's own functions take)."""
    from ...state import current_vm

    vm = current_vm()
    cap = limits.current().limits.max_recursion_depth
    if cap is None:
        return sys.maxsize
    used = len(vm.frames) if vm is not None else 0
    return max(cap - used - 3, 1)


def _scanstring(s: str, end: int, strict: bool):
    """The string whose opening quote is at end - 1: (value, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    chunk = _CHUNK_STRICT if strict else _CHUNK_LAX
    steps = 0
    while True:
        steps += 1
        if not steps & 4095:
            limits.current().tick(4096)
        nxt = chunk(s, end).end()
        if nxt >= n:
            raise _DecodeError("Unterminated string starting at", begin)
        c = s[nxt]
        if c != '"' and c != "\\":
            raise _DecodeError("Invalid control character at", nxt)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise _DecodeError("Unterminated string starting at", begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            char = _ESCAPES.get(c)
            if char is None:
                raise _DecodeError("Invalid \\escape", end - 2)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise _DecodeError("Invalid \\uXXXX escape", nxt - 1)
            digits = s[nxt:end]
            if not all(d in _HEX for d in digits):
                raise _DecodeError("Invalid \\uXXXX escape", end - 5)
            code = int(digits, 16)
            if 0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
                digits2 = s[end + 2:end + 6]
                if not all(d in _HEX for d in digits2):
                    raise _DecodeError("Invalid \\uXXXX escape", end + 1)
                low = int(digits2, 16)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    end += 6
            char = chr(code)
        chunks.append(char)
    return "".join(chunks), end


def _number(text: str, is_float: bool, mode: int):
    if is_float:
        if mode & 1:
            return ("f", text)
        return float(text)
    if mode & 2:
        return ("i", text)
    if len(text) > 4300 and sys.get_int_max_str_digits() == 0:
        limits.check_bigint_work(len(text) * 4, "converting this number")
    return int(text)


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _scan(s: str, idx: int, strict: bool, mode: int):
    """One JSON value starting exactly at idx: (value, end). `mode` bits: 1 parse_float, 2 parse_int,
    4 parse_constant, 8 an object hook (objects come back as ("o", [(key, value), ...]))."""
    tracker = limits.current()
    budget = _depth_budget()
    n = len(s)
    stack = []  # [kind, container, pending key]
    pending = 0  # result bytes not yet charged
    i = idx
    while True:
        # ---- a value starts at i
        if i >= n:
            raise _DecodeError("Expecting value", i)
        c = s[i]
        if c == '"':
            value, i = _scanstring(s, i + 1, strict)
            pending += len(value) + 56
        elif c == "{" or c == "[":
            if len(stack) >= budget:
                what = "object" if c == "{" else "array"
                raise RecursionError(f"maximum recursion depth exceeded while decoding a JSON {what} from a "
                                     f"unicode string")
            i = _WS(s, i + 1).end()
            if c == "[":
                if i < n and s[i] == "]":
                    value = []
                    i += 1
                    pending += 56
                else:
                    stack.append([0, [], None])
                    continue
            else:
                if i < n and s[i] == "}":
                    value = ("o", []) if mode & 8 else {}
                    i += 1
                    pending += 64
                else:
                    if i >= n or s[i] != '"':
                        raise _DecodeError("Expecting property name enclosed in double quotes", i)
                    key, i = _scanstring(s, i + 1, strict)
                    i = _WS(s, i).end()
                    if i >= n or s[i] != ":":
                        raise _DecodeError("Expecting ':' delimiter", i)
                    i = _WS(s, i + 1).end()
                    stack.append([1, [] if mode & 8 else {}, key])
                    pending += len(key) + 56
                    continue
        elif c == "n" and s.startswith("null", i):
            value = None
            i += 4
        elif c == "t" and s.startswith("true", i):
            value = True
            i += 4
        elif c == "f" and s.startswith("false", i):
            value = False
            i += 5
        elif c == "N" and s.startswith("NaN", i):
            value = ("c", "NaN") if mode & 4 else _CONSTANTS["NaN"]
            i += 3
        elif c == "I" and s.startswith("Infinity", i):
            value = ("c", "Infinity") if mode & 4 else _CONSTANTS["Infinity"]
            i += 8
        elif c == "-" and s.startswith("-Infinity", i):
            value = ("c", "-Infinity") if mode & 4 else _CONSTANTS["-Infinity"]
            i += 9
        else:
            m = _NUMBER(s, i)
            if m is None:
                raise _DecodeError("Expecting value", i)
            integer, frac, exp = m.groups()
            value = _number(m.group(), bool(frac or exp), mode)
            i = m.end()
            pending += 32 + (i - m.start()) // 2
        if pending > CHARGE_EVERY:
            tracker.charge_inflight(pending)
            tracker.tick(pending >> 8)
            pending = 0
        # ---- the value is complete: add it to the containers it closes
        while True:
            if not stack:
                if pending:
                    tracker.charge_inflight(pending)
                return value, i
            top = stack[-1]
            i = _WS(s, i).end()
            if top[0] == 0:  # array
                top[1].append(value)
                pending += 8
                if i < n and s[i] == "]":
                    i += 1
                    value = top[1]
                    stack.pop()
                    continue
                if i >= n or s[i] != ",":
                    raise _DecodeError("Expecting ',' delimiter", i)
                i = _WS(s, i + 1).end()
                break
            if mode & 8:
                top[1].append((top[2], value))
            else:
                top[1][top[2]] = value
            pending += 24
            if i < n and s[i] == "}":
                i += 1
                value = ("o", top[1]) if mode & 8 else top[1]
                stack.pop()
                continue
            if i >= n or s[i] != ",":
                raise _DecodeError("Expecting ',' delimiter", i)
            i = _WS(s, i + 1).end()
            if i >= n or s[i] != '"':
                raise _DecodeError("Expecting property name enclosed in double quotes", i)
            key, i = _scanstring(s, i + 1, strict)
            i = _WS(s, i).end()
            if i >= n or s[i] != ":":
                raise _DecodeError("Expecting ':' delimiter", i)
            i = _WS(s, i + 1).end()
            top[2] = key
            pending += len(key) + 8
            break


def scan(s, idx=0, strict=True, mode=0, whole=False):
    """(True, value, end) or (False, message, position) for the JSON value at `idx` of `s`; `whole`: the
    document must be only that value and whitespace (leading whitespace is skipped)."""
    if type(s) is not str:
        raise TypeError(f"first argument must be a string, not {type_name(s)}")
    if type(idx) is not int or type(mode) is not int:
        raise TypeError("idx and mode must be integers")
    tracker = limits.current()
    tracker.charge_work(len(s))
    if whole:
        idx = _WS(s, 0).end()
    if idx < 0:
        raise ValueError("idx cannot be negative")
    inflight = tracker.inflight
    try:
        value, end = _scan(s, idx, bool(strict), mode)
    except _DecodeError as e:
        return (False, e.msg, e.pos)
    finally:
        tracker.inflight = inflight
    if whole:
        end = _WS(s, end).end()
        if end != len(s):
            return (False, "Extra data", end)
    return (True, value, end)


def decode_bytes(b):
    """A bytes document as text, in the encoding json.loads detects (CPython's `detect_encoding`)."""
    if type(b) not in (bytes, bytearray):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type_name(b)}")
    b = bytes(b)
    limits.charge_bytes(4 * len(b))
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        encoding = "utf-32"
    elif b.startswith((b"\xfe\xff", b"\xff\xfe")):
        encoding = "utf-16"
    elif b.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif len(b) >= 4 and not b[0]:
        encoding = "utf-16-be" if b[1] else "utf-32-be"
    elif len(b) >= 4 and not b[1]:
        encoding = "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2 and not b[0]:
        encoding = "utf-16-be"
    elif len(b) == 2 and not b[1]:
        encoding = "utf-16-le"
    else:
        encoding = "utf-8"
    return b.decode(encoding, "surrogatepass")


# ---------------------------------------------------------------- encoding

_ESCAPE = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), "\\u%04x" % _i)
_TRANSLATE = {ord(k): v for k, v in _ESCAPE.items()}
_NON_ASCII = _host_re.compile(r"[^\x00-\x7e]")  # (DEL is escaped too, as CPython does)
QUOTE_CHUNK = 1 << 16  # long strings are escaped a piece at a time, checking the limits in between


def _escape_non_ascii(m):
    n = ord(m.group(0))
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))


def _escape_piece(piece: str, ascii_only: bool) -> str:
    piece = piece.translate(_TRANSLATE)
    if ascii_only:
        piece = _NON_ASCII.sub(_escape_non_ascii, piece)
    return piece


def _escaped(s: str, ascii_only: bool) -> str:
    if len(s) <= QUOTE_CHUNK:
        return '"' + _escape_piece(s, ascii_only) + '"'
    tracker = limits.current()
    parts = ['"']
    for i in range(0, len(s), QUOTE_CHUNK):
        piece = s[i:i + QUOTE_CHUNK]
        tracker.charge_bytes(8 * len(piece) if ascii_only and not piece.isascii() else 2 * len(piece))
        parts.append(_escape_piece(piece, ascii_only))
    parts.append('"')
    return "".join(parts)


def _quote(s: str) -> str:
    return _escaped(s, False)


def _quote_ascii(s: str) -> str:
    return _escaped(s, True)


def encode_basestring(s):
    if type(s) is not str:
        raise TypeError(f"first argument must be a string, not {type_name(s)}")
    limits.charge_bytes(2 * len(s))
    return _quote(s)


def encode_basestring_ascii(s):
    if type(s) is not str:
        raise TypeError(f"first argument must be a string, not {type_name(s)}")
    limits.charge_bytes(6 * len(s))
    return _quote_ascii(s)


class _NeedsDefault(Exception):
    pass


def _float_text(v: float, allow_nan: bool, py_messages: bool = False) -> str:
    if v != v:
        text = "NaN"
    elif v == float("inf"):
        text = "Infinity"
    elif v == float("-inf"):
        text = "-Infinity"
    else:
        return float.__repr__(v)
    if not allow_nan:
        if py_messages:  # CPython's Python encoder (indent, iterencode, dump) names the value
            raise ValueError("Out of range float values are not JSON compliant: " + float.__repr__(v))
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _int_text(v: int) -> str:
    bits = v.bit_length()
    if bits > 14300:
        limits.check_bigint_work(bits, "converting this integer to text")
    return int.__repr__(v)


def encode(o, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
           indent=None, item_separator=", ", key_separator=": ", level=0, soft=False, py_messages=False):
    """`o` as JSON text, formatted as CPython's encoder does (`indent` a string or None). With `soft`,
    None when `o` holds a value only `default` can serialise. `py_messages`: word errors as CPython's
    Python encoder does (it is used with indent, by iterencode and by dump) rather than its C encoder."""
    if indent is not None and type(indent) is not str:
        raise TypeError(f"indent must be a string or None, not {type_name(indent)}")
    if type(item_separator) is not str or type(key_separator) is not str:
        raise TypeError("separators must be strings")
    if type(level) is not int or level < 0:
        raise TypeError("level must be a non-negative integer")
    try:
        return _encode(o, bool(skipkeys), bool(ensure_ascii), bool(check_circular), bool(allow_nan),
                       bool(sort_keys), indent, item_separator, key_separator, level, bool(soft),
                       bool(py_messages))
    except _NeedsDefault:
        return None


def _encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep,
            level, soft, py_messages):
    tracker = limits.current()
    budget = _depth_budget()
    quote = _quote_ascii if ensure_ascii else _quote
    out = []
    append = out.append
    size = 0  # characters in `out`
    charged = 0
    markers = set() if check_circular else None
    # frames: [iterator over items, container id, is_dict, first, level]
    stack = []
    steps = 0
    inflight = tracker.inflight
    value = o
    try:
        while True:
            # ---- write `value`
            t = type(value)
            if t is str:
                text = quote(value)
            elif value is None:
                text = "null"
            elif value is True:
                text = "true"
            elif value is False:
                text = "false"
            elif t is int:
                text = _int_text(value)
            elif t is float:
                text = _float_text(value, allow_nan, py_messages)
            elif t is list or t is tuple or t is dict or t in _SUBCLASSES:
                text = None
                if t in _MAPPINGS:  # Counter, defaultdict, OrderedDict: objects (a namedtuple: an array)
                    t = dict
                if not value:
                    text = "[]" if t is not dict else "{}"
                else:
                    if len(stack) >= budget:
                        if py_messages:
                            raise RecursionError("maximum recursion depth exceeded")
                        raise RecursionError("maximum recursion depth exceeded while encoding a JSON object")
                    ident = id(value)
                    if markers is not None:
                        if ident in markers:
                            raise ValueError("Circular reference detected")
                        markers.add(ident)
                    depth = level + len(stack) + 1
                    newline = close = None
                    if indent is not None:
                        tracker.charge_bytes(2 * len(indent) * depth + 2)
                        newline = "\n" + indent * depth
                        close = "\n" + indent * (depth - 1)
                    if t is dict:
                        items = list(value.items())
                        if sort_keys:
                            limits.check_sort_work(len(items))
                            items.sort()
                        append("{")
                        frame = [iter(items), ident, True, True, newline, close]
                    else:
                        append("[")
                        frame = [iter(value), ident, False, True, newline, close]
                    size += 1
                    if newline is not None:
                        append(newline)
                        size += len(newline)
                    stack.append(frame)
            else:
                if soft:
                    raise _NeedsDefault
                raise TypeError(f"Object of type {type_name(value)} is not JSON serializable")
            if text is not None:
                append(text)
                size += len(text)
                if size - charged > CHARGE_EVERY:
                    tracker.charge_inflight(size - charged)
                    charged = size
            # ---- the next value: the next item of the innermost open container, closing finished ones
            while True:
                if not stack:
                    tracker.charge_inflight(2 * size)
                    return "".join(out)
                frame = stack[-1]
                it, ident, is_dict, first, newline, close = frame
                steps += 1
                if not steps & 4095:
                    tracker.tick(4096)
                if is_dict:
                    for k, v in it:
                        tk = type(k)
                        if tk is str:
                            key = k
                        elif tk is float:
                            key = _float_text(k, allow_nan, py_messages)
                        elif k is True:
                            key = "true"
                        elif k is False:
                            key = "false"
                        elif k is None:
                            key = "null"
                        elif tk is int:
                            key = _int_text(k)
                        elif skipkeys:
                            continue
                        else:
                            raise TypeError(f"keys must be str, int, float, bool or None, not {type_name(k)}")
                        if not first:
                            append(item_sep)
                            size += len(item_sep)
                            if newline is not None:
                                append(newline)
                                size += len(newline)
                        frame[3] = False
                        key = quote(key)
                        append(key)
                        append(key_sep)
                        size += len(key) + len(key_sep)
                        value = v
                        break
                    else:
                        value = _CLOSE
                else:
                    for v in it:
                        if not first:
                            append(item_sep)
                            size += len(item_sep)
                            if newline is not None:
                                append(newline)
                                size += len(newline)
                        frame[3] = False
                        value = v
                        break
                    else:
                        value = _CLOSE
                if value is _CLOSE:
                    stack.pop()
                    if markers is not None:
                        markers.discard(ident)
                    if close is not None:
                        append(close)
                        size += len(close)
                    append("}" if is_dict else "]")
                    size += 1
                    continue
                break
    finally:
        tracker.inflight = inflight


_CLOSE = object()
# collections' dict and tuple subclasses, which CPython's encoder takes as dicts and tuples (not deque)
_MAPPINGS = frozenset(containers.DICT_TYPES)
_SUBCLASSES = _MAPPINGS | {containers.NamedTupleValue}

FUNCTIONS = {
    "scan": scan, "encode": encode, "decode_bytes": decode_bytes, "encode_basestring": encode_basestring,
    "encode_basestring_ascii": encode_basestring_ascii,
}


def make_module():
    return make_native_module(MODULE, FUNCTIONS)
