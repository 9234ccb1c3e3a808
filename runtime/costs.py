"""Costs of native operations whose size the guest controls, charged before (or while) the work is done.

- Iterables a native consumes (`[*it]`, `list.extend`, `set(...)`): sized ones are charged by their length,
  lazy ones are metered (see `builtins.feed`).
- Sets and dicts built in bulk from guest data: keys whose hashes collide (`[i * (2**61 - 1) for i in ...]`)
  make a single native insert loop quadratic, so large bulk inserts go in chunks whose size adapts to how
  long each took, with the limits checked between chunks.
- `repr` (and `str`, `format`, f-strings, `%`, `print`) of containers: a list that holds the same list many
  times, or a lot of bytes, has a repr far larger than the memory it uses. `check_repr` bounds the length of
  the repr before CPython builds it, walking each distinct container once.
- Text written out is counted in UTF-8 bytes (`utf8_size`).
"""

from __future__ import annotations

import re
import sys
from itertools import islice
from time import perf_counter

from . import containers, limits
from .ops import NATIVE_ITERABLE
from .values import ExcInstance, hide_addresses

SMALL = 4096  # results below this many items or bytes are charged only in bulk (see `limits.PENDING`)
_PENDING = limits.PENDING
_getsizeof = sys.getsizeof

# ---------------------------------------------------------------- iterables consumed natively

_SIZED = frozenset({list, tuple, str, bytes, bytearray, dict, set, frozenset, type({}.keys()),
                    type({}.values()), type({}.items())})


def consumable(v, item_bytes: int = 8, base: int = 0):
    """What a native that stores every item (LIST_EXTEND, `list.extend`, `set.update`...) should iterate:
    a sized container is charged by its length and returned as is; a range is charged (its items are new
    ints); anything else lazy is metered. `base`: the bytes the target already has (a list that grows is
    reallocated, old and new buffers both alive for a moment)."""
    t = type(v)
    if t in _SIZED:
        n = len(v)
        if n > SMALL:
            limits.charge_bytes(n * item_bytes + base)
        return v
    if t is range:
        try:
            n = len(v)
        except OverflowError:
            n = None
        if n is not None and n <= SMALL:
            return v
        if n is not None:
            limits.charge_bytes(n * (item_bytes + 32))
    from .builtins import feed

    return feed(v, max(item_bytes, 64))  # (a lazy iterator makes new objects: tuples, ints...)


# ---------------------------------------------------------------- hashing in bulk

HASH_CHUNK_FIRST = 256
HASH_CHUNK_MAX = 1 << 16
_CHUNK_FAST = 0.001  # a chunk that took less grows...
_CHUNK_SLOW = 0.004  # ...one that took more shrinks


def needs_chunks(v) -> bool:
    """Whether inserting the items of `v` into a set or dict natively might take long: anything but a small
    container, or a set (whose items were hashed and compared when it was built)."""
    t = type(v)
    if t is set or t is frozenset:
        return False
    if t in _SIZED or t is range:
        try:
            return len(v) > HASH_CHUNK_FIRST
        except OverflowError:
            return True
    return True


def hashed_chunks(items):
    """`items` in chunks (lists, or slices of a sequence), for a caller that inserts each into a set or
    dict: chunks grow while inserting them is fast and shrink when it is slow (colliding hashes), and the
    limits are checked between chunks, so no single native insert runs long."""
    tracker = limits.current()
    size = HASH_CHUNK_FIRST
    t = type(items)
    sliceable = t is list or t is tuple or t is str or t is bytes or t is range
    it = None if sliceable else iter(items)
    i = 0
    while True:
        if sliceable:
            chunk = items[i:i + size]
            i += size
        else:
            chunk = list(islice(it, size))
        if not chunk:
            return
        start = perf_counter()
        yield chunk
        took = perf_counter() - start
        tracker.tick(len(chunk) >> 4)
        if took < _CHUNK_FAST:
            size = min(size * 2, HASH_CHUNK_MAX)
        elif took > _CHUNK_SLOW:
            size = max(size // 4, 8)


def build_set(native, iterable):
    """`set(iterable)` / `frozenset(iterable)`, inserted in chunks."""
    result = set()
    update = result.update
    for chunk in hashed_chunks(iterable):
        update(chunk)
    return result if native is set else frozenset(result)


def update_set(target: set, iterable):
    for chunk in hashed_chunks(iterable):
        target.update(chunk)


def build_dict_from_pairs(target: dict, iterable):
    """`dict(pairs)` / `d.update(pairs)` in chunks. Items that are not pairs fail as in CPython (the
    message's element index is the index in the whole iterable)."""
    done = 0
    for chunk in hashed_chunks(iterable):
        try:
            target.update(chunk)
        except (TypeError, ValueError) as e:
            text = str(e)
            m = _ELEMENT.search(text)
            if m and done:
                raise type(e)(f"{text[:m.start(1)]}{int(m.group(1)) + done}{text[m.end(1):]}") from None
            raise
        done += len(chunk)


_ELEMENT = re.compile(r"sequence element #(\d+)")


def dict_fromkeys(cls, iterable, value=None):
    result = {}
    for chunk in hashed_chunks(iterable):
        result.update(dict.fromkeys(chunk, value))
    return result


def _set_arg(v):
    """A set method's iterable argument, as a set built in chunks when building it could take long."""
    if needs_chunks(v) and type(v) is not dict:
        from .builtins import feed

        return build_set(set, feed(v, 64))
    return v


def set_method(name, native):
    """A set or frozenset method taking iterables: large non-set arguments are hashed in chunks."""
    def method(*args, **kwargs):
        if kwargs or not args or type(args[0]) is not set and type(args[0]) is not frozenset \
                or not any(type(a) in NATIVE_ITERABLE and needs_chunks(a) for a in args[1:]):
            return native(*args, **kwargs)
        self, args = args[0], args[1:]
        if name in ("update", "union") or (name == "__or__"):
            target = self.copy() if name != "update" else self
            if name == "union" and type(target) is frozenset:
                target = set(target)
            for a in args:
                if needs_chunks(a):
                    from .builtins import feed

                    update_set(target, feed(a, 64))
                else:
                    target.update(a)
            if name == "update":
                return None
            return target if type(self) is set else frozenset(target)
        if len(args) == 1 and name in ("intersection", "isdisjoint", "issuperset", "difference_update"):
            from .builtins import feed

            arg = feed(args[0], 64)
            if name == "intersection":
                result = set()
                for chunk in hashed_chunks(arg):
                    result.update(native(self, chunk))
                return result if type(self) is set else frozenset(result)
            for chunk in hashed_chunks(arg):
                r = native(self, chunk)
                if name == "isdisjoint" and not r:
                    return False
                if name == "issuperset" and not r:
                    return False
            return None if name == "difference_update" else True
        return native(self, *[_set_arg(a) for a in args])
    return method


# ---------------------------------------------------------------- sum of sequences


def sum_sequences(items, start):
    """`sum(items, start)` for a list or tuple `start`: CPython adds one item at a time, copying the growing
    result each time (quadratic). The result's size is charged first, then it is built in linear time."""
    kind = type(start)
    if type(items) is not list and type(items) is not tuple:
        items = list(items)
    if not items:
        return start
    total = len(start)
    for x in items:
        if type(x) is not kind:
            break
        total += len(x)
    limits.charge_bytes(total * 8)
    acc = list(start)
    for x in items:
        if type(x) is not kind:  # CPython's TypeError, raised by the same addition
            return (acc if kind is list else tuple(acc)) + x
        limits.charge_work(len(x) * 8)
        acc.extend(x)
    return acc if kind is list else tuple(acc)


# ---------------------------------------------------------------- reprs


_REPR_FIXED = {int: 0, float: 24, bool: 5, type(None): 4, type(Ellipsis): 8, type(NotImplemented): 14}
_NUMBERS = frozenset({int, float, bool, type(None)})


def _width(s: str) -> int:
    """Bytes per character of a str (CPython stores 1, 2 or 4 by its largest character)."""
    if s.isascii():
        return 1
    top = max(s)
    return 1 if top < "\u0100" else 2 if top < "\U00010000" else 4


def _str_repr(s: str, escape: bool = False):
    """(characters, bytes per character) bounding repr(s), or ascii(s) when `escape`."""
    n = len(s)
    ascii_ = s.isascii()
    if n < 64 or escape and not ascii_:
        return 4 * n + 2 if ascii_ else 10 * n + 2, 1 if ascii_ or escape else 4
    if s.isprintable():
        chars = n + 2 + s.count("\\") + s.count("'")
    else:
        chars = (4 if ascii_ else 10) * n + 2
    return chars, 1 if ascii_ else _width(s)


def _flat(c, escape: bool):
    """(characters, width) bounding the reprs of a container's items with their separators, computed at C
    speed when they are all numbers, or all strings; None otherwise."""
    items = c.values() if isinstance(c, dict) else c
    types = set(map(type, items))
    if not types:
        return 0, 1
    n = len(c)
    if types <= _NUMBERS:
        per = 26 if float in types else 7
        if int in types:
            ints = [x for x in items if type(x) is int] if len(types) > 1 else items
            per = max(per, max(max(ints).bit_length(), min(ints).bit_length()) // 3 + 4)
        chars, width = n * per, 1
    elif types == {str}:
        total = sum(map(len, items))
        if all(map(str.isascii, items)):
            chars, width = 4 * total + 4 * n, 1
        else:
            chars, width = 10 * total + 4 * n, 1 if escape else 4
    else:
        return None
    if isinstance(c, dict):
        keys = _flat(tuple(c), escape)
        if keys is None:
            return None
        chars += keys[0]
        width = max(width, keys[1])
    return chars, width


def repr_bound(value, budget: int, escape: bool = False) -> int:
    """An upper bound on the bytes of repr(value) (str() of a container is its repr), or something larger
    than `budget` as soon as that is certain. Each distinct container is walked once: a container that
    holds the same list many times counts that list's repr each time without walking it again."""
    t = type(value)
    if t is str:
        chars, width = _str_repr(value, escape)
        return chars * width
    if t is bytes or t is bytearray:
        return 4 * len(value) + 14
    if t in _REPR_FIXED:
        return value.bit_length() // 3 + 2 if t is int else _REPR_FIXED[t]
    if t is ExcInstance:
        return repr_bound(value.args, budget, escape) + len(value.cls.name) + 4
    if t not in _CONTAINERS:
        return 0
    if len(value) <= 16:  # a small flat container (the common case): no walk
        size = _flat_size(value.values() if isinstance(value, dict) else value)
        keys = _flat_size(value) if isinstance(value, dict) else 0
        if size is not None and keys is not None:
            return size + keys + 16 + (containers.repr_extra(value) if t in containers.VALUE_TYPES else 0)
    chars, width = _walk(value, budget, escape)
    return chars * width


def _flat_size(items):
    """Bytes bounding the reprs of `items` (with separators) when all are numbers or short ASCII strings;
    None otherwise."""
    size = 0
    for x in items:
        tx = type(x)
        if tx is int:
            size += x.bit_length() // 3 + 4
        elif tx is str and len(x) < 64 and x.isascii():
            size += 4 * len(x) + 4
        elif tx in _REPR_FIXED:
            size += _REPR_FIXED[tx] + 2
        else:
            return None
    return size


_CONTAINERS = frozenset({list, tuple, dict, set, frozenset, type({}.keys()), type({}.values()),
                         type({}.items())}) | frozenset(containers.VALUE_TYPES)  # (and collections')
_FLATTABLE = frozenset({list, tuple, dict, set, frozenset}) | frozenset(containers.VALUE_TYPES)
_DICT_LIKE = frozenset({dict}) | frozenset(containers.DICT_TYPES)
_EXTRA = frozenset(containers.VALUE_TYPES)
_ITEMS_VIEWS = frozenset({type({}.items()), type(containers.OrderedDict().items())})


def _walk(root, budget: int, escape: bool):
    """(characters, widest character in bytes) bounding repr(root) for a container."""
    sizes = {}  # id -> characters of a finished container (when its repr does not depend on its ancestors)
    keep = []  # the containers whose ids are in `sizes` (so that ids stay unique during the walk)
    active = set()  # ids of the containers being walked (a reference to one prints as [...])
    width = 1
    # frames: [container, iterator over children, characters so far, cyclic?]
    stack = []

    def open_(c):
        """Start walking container `c`; False when its items were sized at once (then in sizes)."""
        nonlocal width
        t = type(c)
        if t is ExcInstance:
            items = iter(c.args)
            n = len(c.args)
            base = len(c.cls.name) + 4 + 2 * n
        elif t in _DICT_LIKE:
            items = _dict_children(c)
            n = len(c)
            base = 2 + 4 * n
        elif t in _ITEMS_VIEWS:
            items = _dict_children(c.mapping)
            n = len(c)
            base = 13 + 6 * n
        else:
            items = iter(c)
            n = len(c)
            base = 14 + 2 * n
        if t in _EXTRA:  # collections' reprs: a prefix, a factory, field names...
            base += containers.repr_extra(c)
        if n > 16 and t in _FLATTABLE:
            flat = _flat(c, escape)
            if flat is not None:
                sizes[id(c)] = base + flat[0]
                keep.append(c)
                if flat[1] > width:
                    width = flat[1]
                return False
        active.add(id(c))
        stack.append([c, items, base, False])
        return True

    if not open_(root):
        return sizes[id(root)], width
    result = 0
    visits = 0
    tracker = limits.current()
    while stack:
        frame = stack[-1]
        child = next(frame[1], _DONE)
        visits += 1
        if not visits & 0xFFFF:  # the walk is work too (a cyclic structure can make it long)
            tracker.tick(0x1000)
        if child is _DONE:
            stack.pop()
            c = frame[0]
            active.discard(id(c))
            size = frame[2]
            if not frame[3]:
                sizes[id(c)] = size
                keep.append(c)
            if stack:
                parent = stack[-1]
                parent[2] += size
                if frame[3]:
                    parent[3] = True
                if parent[2] > budget:
                    return parent[2], width
            else:
                result = size
            continue
        tc = type(child)
        if tc in _CONTAINERS or tc is ExcInstance:
            cid = id(child)
            if cid in active:
                frame[2] += 5
                frame[3] = True
                continue
            known = sizes.get(cid)
            if known is None and not open_(child):
                known = sizes[cid]
            if known is not None:
                frame[2] += known
            else:
                continue
        elif tc is str:
            chars, w = _str_repr(child, escape)
            frame[2] += chars
            if w > width:
                width = w
        elif tc is bytes or tc is bytearray:
            frame[2] += 4 * len(child) + 14
        elif tc is int:
            frame[2] += child.bit_length() // 3 + 2
        elif tc in _REPR_FIXED:
            frame[2] += _REPR_FIXED[tc]
        else:
            frame[2] += 100
        if frame[2] > budget:
            return frame[2], width
    return result, width


_DONE = object()


def _dict_children(d):
    for k, v in d.items():
        yield k
        yield v


REPR_CHECKED = _CONTAINERS | {str, bytes, bytearray, ExcInstance}


def check_repr(value, escape: bool = False):
    """Charge, before it is built, the repr (or str, or ascii() when `escape`) of `value`: a container,
    bytes, or a str."""
    t = type(value)
    if t is str and len(value) <= 256:
        return
    if t in _FLAT and len(value) <= 16:
        size = _flat_size(value)
        if size is not None:
            _PENDING[0] += size
            return
    tracker = limits.current()
    cap = tracker.limits.max_memory
    size = repr_bound(value, cap if cap is not None else 1 << 40, escape)
    if size > SMALL:
        tracker.charge_bytes(size)
    else:
        _PENDING[0] += size


_FLAT = (list, tuple, set, frozenset)


def checked_conversion(native, escape: bool = False):
    """`repr` / `ascii` / `str` whose result is charged before it is built."""
    def convert(*args, **kwargs):
        if len(args) == 1 and not kwargs and type(args[0]) in REPR_CHECKED and (native is not str or type(
                args[0]) is not str):
            check_repr(args[0], escape)
        text = native(*args, **kwargs)
        if type(text) is str and " at 0x" in text and (len(args) != 1 or type(args[0]) is not str):
            return hide_addresses(text)  # a native object's default repr: no host address
        return text
    return convert


SLICED = frozenset({str, bytes, bytearray, list, tuple})


def charge_slice(obj, key):
    """`obj[a:b:c]` of a large sequence: the copy is charged (as memory and work) before it is made."""
    n = len(obj)
    if n <= SMALL or type(key) is not slice:
        return
    try:
        count = len(range(*key.indices(n)))
    except (TypeError, ValueError, OverflowError):
        return  # the subscript itself raises CPython's error
    if count > SMALL:
        t = type(obj)
        limits.charge_bytes(count * (8 if t is list or t is tuple else 4 if t is str and not obj.isascii() else 1))


def copying(native):
    """`list` / `tuple` as a function applied natively to many items: each copy is charged."""
    def convert(*args, **kwargs):
        if len(args) == 1 and type(args[0]) in _SIZED:
            n = len(args[0])
            if n > SMALL:
                limits.charge_bytes(8 * n)
            else:
                _PENDING[0] += 8 * n + 56
        elif args and not kwargs:
            return native(consumable(args[0]), *args[1:])
        return native(*args, **kwargs)
    return convert


def print_text(args, sep: str, end: str) -> str:
    """The text print() writes, built only when it fits the output and memory limits that are left: the
    pieces are converted one by one and counted (characters, a lower bound on the bytes written)."""
    tracker = limits.current()
    cap = tracker.limits.max_output_bytes
    left = cap - tracker.output_bytes if cap is not None else 1 << 62
    parts = []
    extra = len(sep)
    total = len(end) - (extra if args else 0)
    uncharged = 0
    for a in args:
        if type(a) is str:
            text = a
        else:
            if type(a) in REPR_CHECKED:
                check_repr(a)
            text = str(a)
            if " at 0x" in text:
                text = hide_addresses(text)
        parts.append(text)
        total += len(text) + extra
        if total > left:
            tracker.charge_output(total)  # raises: over the output limit before anything is built
        uncharged += len(text) + 64
        if uncharged > 1 << 16:
            tracker.charge_bytes(uncharged)
            uncharged = 0
    if total > SMALL:
        tracker.charge_bytes(total)
    return sep.join(parts) + end


# ---------------------------------------------------------------- text written out


def utf8_size(text: str) -> int:
    """The bytes `text` takes in UTF-8 (lone surrogates counted as 3, as 'surrogatepass' writes them)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------- methods of plain data

SMALL_TEXT = 1024  # inputs shorter than this are not checked before the method runs


def charge_result(nbytes: int):
    """A result of `nbytes` is about to be made: charged now when large, in bulk (`PENDING`) when small."""
    if nbytes > SMALL:
        limits.charge_bytes(nbytes)
    else:
        _PENDING[0] += nbytes


def _text_bytes(s) -> int:
    """The bytes a str or bytes object of this content takes (its characters times their width)."""
    if type(s) is str and not s.isascii():
        return _getsizeof(s)
    return len(s)


def _same_size(self, args, kwargs) -> int:
    return _text_bytes(self)


def _case_size(self, args, kwargs) -> int:
    # 'ß'.upper() == 'SS', 'ﬃ'.upper() == 'FFI': a non-ASCII str can grow threefold
    return _text_bytes(self) * (3 if type(self) is str and not self.isascii() else 1)


_WHITESPACE_ASCII = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_WHITESPACE_OTHER = "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                    "\u2028\u2029\u202f\u205f\u3000"
_LINES_ASCII = "\n\r\x0b\x0c\x1c\x1d\x1e"
_LINES_OTHER = "\x85\u2028\u2029"


def _count_any(s, chars) -> int:
    if type(s) is str:
        return sum(s.count(c) for c in chars)
    return sum(s.count(c.encode("latin-1")) for c in chars if c < "\x80")


def _pieces_size(s, pieces: int) -> int:
    return pieces * (8 + (56 if type(s) is str else 40)) + _text_bytes(s)


def _split_size(self, args, kwargs) -> int:
    sep = args[0] if args else kwargs.get("sep")
    maxsplit = args[1] if len(args) > 1 else kwargs.get("maxsplit", -1)
    n = len(self)
    if sep is None:
        if self.isascii() or type(self) is not str:
            breaks = _count_any(self, _WHITESPACE_ASCII)
        else:
            breaks = _count_any(self, _WHITESPACE_ASCII + _WHITESPACE_OTHER)
        pieces = min(breaks + 1, n // 2 + 1)
    elif type(sep) is type(self) or type(self) is not str and type(sep) in (bytes, bytearray):
        pieces = self.count(sep) + 1 if sep else 1
    else:
        return 0  # the native raises TypeError / ValueError
    if type(maxsplit) is int and 0 <= maxsplit < pieces:
        pieces = maxsplit + 1
    return _pieces_size(self, pieces)


def _splitlines_size(self, args, kwargs) -> int:
    if type(self) is str and not self.isascii():
        breaks = _count_any(self, _LINES_ASCII + _LINES_OTHER)
    elif type(self) is str:
        breaks = _count_any(self, _LINES_ASCII)
    else:
        breaks = self.count(b"\n") + self.count(b"\r")
    return _pieces_size(self, breaks + 1)


def _translate_size(self, args, kwargs) -> int:
    if type(self) is not str:
        return len(self)
    table = args[0] if args else None
    n = len(self)
    longest, wide, long_keys = 1, not self.isascii(), []
    if type(table) is dict:
        entries = table.items()
    elif type(table) in (list, tuple, str):
        entries = enumerate(table)
    else:
        return _text_bytes(self)
    for k, v in entries:
        if type(v) is str:
            if len(v) > 1:
                long_keys.append((k, len(v)))
                if len(v) > longest:
                    longest = len(v)
            if not wide and not v.isascii():
                wide = True
    width = 4 if wide else 1
    if longest > 1 and n * longest > 1 << 20 and len(long_keys) <= 64:
        chars = n
        for k, length in long_keys:
            if type(k) is int and 0 <= k < 0x110000:
                chars += self.count(chr(k)) * (length - 1)
        return chars * width
    return n * longest * width


_PLAIN_CODECS = {"utf-8", "utf8", "ascii", "latin-1", "latin1", "iso-8859-1", "cp1252", "us-ascii"}


def _encode_size(self, args, kwargs) -> int:
    encoding = args[0] if args else kwargs.get("encoding", "utf-8")
    errors = args[1] if len(args) > 1 else kwargs.get("errors", "strict")
    enc = encoding.lower().replace("_", "-") if type(encoding) is str else ""
    n = len(self)
    if errors == "namereplace":
        return n * 100
    if self.isascii():
        if enc in _PLAIN_CODECS:
            return n
        return n * (4 if not enc.startswith("utf-16") else 2)
    if enc in ("utf-8", "utf8") and errors in ("strict", "surrogatepass", "surrogateescape", "ignore"):
        return n * 4
    return n * 10


def _decode_size(self, args, kwargs) -> int:
    errors = args[1] if len(args) > 1 else kwargs.get("errors", "strict")
    n = len(self)
    if self.isascii():
        return n
    return n * 4 * (4 if errors == "backslashreplace" else 1)


def _hex_size(self, args, kwargs) -> int:
    return len(self) * (3 if args or kwargs else 2)


def sized_method(native, size, small_factor: int = 2):
    """A str/bytes/bytearray method whose result grows with its input: the result is charged first (for a
    short input, a guess at it is added to `limits.PENDING`)."""
    def method(*args, **kwargs):
        if args and type(args[0]) in _TEXT:
            n = len(args[0])
            if n > SMALL_TEXT:
                limits.charge_bytes(size(args[0], args[1:], kwargs))
            else:
                _PENDING[0] += n * small_factor
        return native(*args, **kwargs)
    method.small = (native, small_factor)  # (what the compiled tier does inline for a short str)
    return method


_TEXT = (str, bytes, bytearray)


def charge_join(sep, items):
    """`sep.join(items)` for a list or tuple (or other sized container) of strings or bytes."""
    n = len(items)
    if not n:
        return
    try:
        total = sum(map(len, items)) + len(sep) * (n - 1)
    except TypeError:
        return  # the join itself raises CPython's error
    if total > SMALL:  # (charge_result, inline: joins are frequent)
        limits.charge_bytes(total)
    else:
        _PENDING[0] += total


def bytes_join(native):
    def join(*args, **kwargs):
        if len(args) == 2 and not kwargs and type(args[0]) in (bytes, bytearray):
            self, iterable = args
            t = type(iterable)
            if t not in _SIZED and t in NATIVE_ITERABLE:
                from .builtins import feed

                iterable = list(feed(iterable, 48))
            if type(iterable) in _SIZED:
                charge_join(self, iterable)
            return native(self, iterable)
        return native(*args, **kwargs)
    return join


def extend_method(native, item_bytes):
    def extend(*args, **kwargs):
        if len(args) == 2 and not kwargs and type(args[0]) in (list, bytearray) and type(args[1]) in NATIVE_ITERABLE:
            self, iterable = args
            return native(self, consumable(iterable, item_bytes, len(self) * item_bytes))
        return native(*args, **kwargs)
    return extend


def copy_method(native):
    def copy(*args, **kwargs):
        if args and type(args[0]) in _COPYABLE and len(args[0]) > SMALL_TEXT:
            limits.charge_bytes(_getsizeof(args[0]))
        return native(*args, **kwargs)
    return copy


_COPYABLE = (list, dict, set, bytearray)


def dict_update(*args, **kwargs):
    if len(args) == 2 and type(args[0]) is dict and not isinstance(args[1], dict) \
            and type(args[1]) in NATIVE_ITERABLE and needs_chunks(args[1]):
        from .builtins import feed

        self = args[0]
        build_dict_from_pairs(self, feed(args[1], 100))
        if kwargs:
            self.update(kwargs)
        return None
    return dict.update(*args, **kwargs)


def dict_fromkeys_function(native):
    def fromkeys(*args):
        if 1 <= len(args) <= 2 and type(args[0]) in NATIVE_ITERABLE and needs_chunks(args[0]):
            from .builtins import charge_len, feed

            charge_len(args[0], 100)
            return dict_fromkeys(dict, feed(args[0], 100), *args[1:])
        return native(*args)
    return fromkeys


def scanning_method(native):
    """A method that reads all of a large input without building anything as large (`count`, `find`,
    `index`): its work is counted, so that the clock is read during a run of such calls however few steps
    they take."""
    def method(*args, **kwargs):
        if args and type(args[0]) in _SCANNED and len(args[0]) > SMALL_TEXT:
            self = args[0]
            limits.charge_work(len(self) * (8 if type(self) is list or type(self) is tuple else 1))
        return native(*args, **kwargs)
    return method


_SCANNED = (str, bytes, bytearray, list, tuple)
_SCANNING = {
    (str, bytes, bytearray): ("count", "find", "rfind", "index", "rindex"),
    (list, tuple): ("count", "index"),
    (list,): ("remove", "reverse"),
}


_SIZED_METHODS = {
    "upper": _case_size, "lower": _case_size, "casefold": _case_size, "swapcase": _case_size,
    "title": _case_size, "capitalize": _case_size, "strip": _same_size, "lstrip": _same_size,
    "rstrip": _same_size, "removeprefix": _same_size, "removesuffix": _same_size, "partition": _same_size,
    "rpartition": _same_size, "split": _split_size, "rsplit": _split_size, "splitlines": _splitlines_size,
    "translate": _translate_size, "encode": _encode_size, "decode": _decode_size, "hex": _hex_size,
}
_SET_METHODS = ("union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                "isdisjoint", "update", "intersection_update", "difference_update",
                "symmetric_difference_update")


def method_overrides() -> dict:
    """(type, name) -> replacement for the native method (methods that iterate a lazy argument are
    wrapped by the caller to materialise it first)."""
    out = {}
    for t in (str, bytes, bytearray):
        for name, size in _SIZED_METHODS.items():
            native = getattr(t, name, None)
            if native is not None:
                out[(t, name)] = sized_method(native, size, 32 if "split" in name else 2)
    for types, names in _SCANNING.items():
        for t in types:
            for name in names:
                out[(t, name)] = scanning_method(getattr(t, name))
    out[(bytes, "join")] = bytes_join(bytes.join)
    out[(bytearray, "join")] = bytes_join(bytearray.join)
    out[(list, "extend")] = extend_method(list.extend, 8)
    out[(bytearray, "extend")] = extend_method(bytearray.extend, 1)
    out[(list, "copy")] = copy_method(list.copy)
    out[(dict, "copy")] = copy_method(dict.copy)
    out[(set, "copy")] = copy_method(set.copy)
    out[(bytearray, "copy")] = copy_method(bytearray.copy)
    out[(dict, "update")] = dict_update
    out[(dict, "fromkeys")] = dict_fromkeys_function(dict.fromkeys)
    for t in (set, frozenset):
        for name in _SET_METHODS:
            native = getattr(t, name, None)
            if native is not None:
                out[(t, name)] = set_method(name, native)
    return out
