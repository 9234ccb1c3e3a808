"""Programs and paused executions as bytes, and back.

Layout: `b"MONTYPEG"`, a format version (2 bytes, big-endian), a kind byte (`P` program, `S` snapshot),
then one msgpack document. See docs/snapshot-format.md.

Loading treats the bytes as hostile: sizes are bounded by the input, every field is type-checked, every
index is range-checked, bytecode is verified instruction by instruction, objects are rebuilt only from a
fixed table of kinds (never by calling something the bytes name), and any problem becomes
`SnapshotInvalid` with a reason. The object graph is flat (objects refer to each other by index), so
neither encoding nor decoding recurses on the host stack.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import math
import struct
from collections import Counter
from dataclasses import replace
from itertools import chain, islice, permutations
from operator import is_ as _is, itemgetter
from typing import Dict, List

import msgpack

from . import attrs, builtins as rt_builtins, containers, opcodes as O, stdlib
from .stdlib import helpers as stdlib_helpers
from .stdlib import objects as stdlib_objects
from .classes import special
from .code import CLASS_BODY, GENERATOR, Code, Source
from .limits import ResourceLimits, Tracker
from .verify import verify_code
from .vm import Frame
from .values import (EXC, MISSING, NULL, UNBOUND, Builtin, BoundMethod, Cell, ClassMethod, ExcInstance,
                     Coroutine, ExternalFunction, Function, GClass, Generator, HostFuture, Instance, Module,
                     MroError, Property,
                     StaticMethod, Super, TextStream, c3_merge)

MAGIC = b"MONTYPEG"
VERSION = 2
# The versions this loader reads. A version 1 snapshot refers to its call stack, module table, pending call's
# arguments and each frame's locals, stack and cells as heap lists and dicts; version 2 writes them in place
# (see docs/snapshot-format.md). Programs are the same in both.
READABLE_VERSIONS = (1, 2)
# The layout of code entries, which programs and the precompiled guest stdlib (runtime/stdlib/precompile.py)
# share: unchanged since version 1, so the precompiled artifact stays current across snapshot-only changes.
CODE_VERSION = 1
HEADER = struct.Struct(">8sHc")

EXT_BIGINT, EXT_REF, EXT_SINGLETON, EXT_CODE, EXT_PRELUDE_CODE, EXT_STDLIB_CODE = 1, 2, 3, 4, 5, 6
_SINGLETONS = {b"E": Ellipsis, b"N": NotImplemented, b"U": UNBOUND, b"L": NULL, b"M": MISSING, b"P": "prelude"}
_SINGLETON_CODES = {id(v): k for k, v in _SINGLETONS.items() if k != b"P"}
# The VM's own markers are not guest values: a dump may have them only where the VM keeps them (a frame's
# locals and stack, an empty cell, a generator's next() default), never where guest code could hold one.
_MARKERS = frozenset({b"U", b"L", b"M"})
_NO_MARKERS, _UNBOUND_ONLY, _MISSING_ONLY = frozenset(), frozenset({b"U"}), frozenset({b"M"})

# heap object kinds (part of the format: never renumber)
(K_LIST, K_TUPLE, K_DICT, K_SET, K_FROZENSET, K_BYTEARRAY, K_RANGE, K_SLICE, K_CELL, K_FUNCTION, K_BUILTIN,
 K_BOUND, K_GENERATOR, K_FRAME, K_MODULE, K_EXTERNAL, K_STREAM, K_CLASS, K_EXCEPTION, K_TYPE, K_ITER,
 K_OBJECT, K_PRELUDE_FUNCTION, K_NATIVE_FN, K_USER_CLASS, K_INSTANCE, K_PROPERTY, K_CLASSMETHOD, K_STATICMETHOD,
 K_SUPER, K_HOST_FUTURE) = range(31)
K_STDLIB_OBJECT = 64  # a native stdlib object (runtime/stdlib/objects.py): [kind, module, kind name, state]
K_STDLIB_TYPE = 65  # the class of native stdlib objects (`re.Pattern`): [kind, module, kind name]
# collections' containers (runtime/containers.py): [kind, "Counter" | "defaultdict" | "OrderedDict" | "deque",
# the factory (defaultdict) or maxlen (deque) or None, the items (flat key, value pairs for the dicts)]
K_COLLECTION = 66
K_NAMEDTUPLE = 67  # a namedtuple instance: [kind, its class, [items]]


class SnapshotInvalid(Exception):
    """The bytes are not a valid program or snapshot; `str()` says why."""


# The types a K_TYPE entry may name: the builtin types guest code can hold as values. Never a runtime class
# (Function, Builtin, Module, ...): a forged dump must not hand guest code the host's own classes.
_NATIVE_TYPES = {t.__name__: t for t in (int, float, bool, str, bytes, bytearray, list, tuple, dict, set,
                                          frozenset, range, slice, enumerate, zip, map, filter, reversed,
                                          type, object, type(None))}
_NATIVE_TYPES.update(containers.TYPES_BY_NAME)  # Counter, defaultdict, OrderedDict, deque
_COLLECTION_TYPES = frozenset(containers.CONSTRUCTORS) | {containers.NamedTupleValue}
def _changed_dict_iterator(kind: str):
    """A dict iterator whose dict has changed size: every next() raises CPython's RuntimeError."""
    d = {}
    it = iter(getattr(d, kind)())
    d[0] = 0
    return it


# A live dict iterator is saved tied to its dict (K_ITER "dict": `Encoder.dict_iterator`), so that after a
# load it still sees the dict's values change, and raises when the dict changes size, as in CPython. The
# view each iterator type goes over, and how the loader makes one (through `dict`'s own methods: a Counter or
# defaultdict is iterated as a dict, as CPython's iterators over them do).
_DICT_ITERATOR_VIEWS = {type(iter({})): "keys", type(iter({}.values())): "values", type(iter({}.items())): "items",
                        type(reversed({})): "reversed_keys", type(reversed({}.values())): "reversed_values",
                        type(reversed({}.items())): "reversed_items"}
# (the view an iterator whose dict changed size is saved as: "changed_dict" remakes one of its direction-less
# kind, which raises the same)
_CHANGED_DICT_KINDS = {t: view.removeprefix("reversed_") for t, view in _DICT_ITERATOR_VIEWS.items()}
_DICT_ITERATOR_MAKERS = {
    "keys": lambda d: iter(dict.keys(d)), "values": lambda d: iter(dict.values(d)),
    "items": lambda d: iter(dict.items(d)), "reversed_keys": lambda d: reversed(dict.keys(d)),
    "reversed_values": lambda d: reversed(dict.values(d)), "reversed_items": lambda d: reversed(dict.items(d)),
}


def _changed_set_iterator():
    """A set iterator whose set has changed size: every next() raises CPython's RuntimeError."""
    s = {0}
    it = iter(s)
    s.add(1)
    return it


def _changed_odict_iterator(how: str):
    """An OrderedDict iterator whose OrderedDict changed under it. "mutated" (a key added, removed or moved
    by the OrderedDict's own methods): the next next() raises `OrderedDict mutated during iteration` and the
    iterator is finished. "size" (its size changed without its order: only `dict.__setitem__` on it does
    that): every next() raises `OrderedDict changed size during iteration`."""
    od = containers.OrderedDict(a=0)
    it = iter(od)
    if how == "size":
        dict.__setitem__(od, 1, 0)  # (the key has no place in od's order: od never leaves this function)
    else:
        od[1] = 0
    return it


# A live set iterator is saved tied to its set (K_ITER "set": `Encoder.set_iterator`) and a live
# OrderedDict iterator to its OrderedDict (K_ITER "odict": `Encoder.odict_iterator`), as dict iterators are.
_SET_ITERATOR = type(iter(set()))
_ODICT_ITERATOR = type(iter(containers.OrderedDict()))
# CPython's errors for an OrderedDict iterator whose OrderedDict changed: how "changed_odict" remakes it
_CHANGED_ODICT = {"OrderedDict mutated during iteration": "mutated",
                  "OrderedDict changed size during iteration": "size"}
_ODICT_ITERATOR_MAKERS = {
    "keys": lambda od: iter(od), "values": lambda od: iter(od.values()), "items": lambda od: iter(od.items()),
    "reversed_keys": lambda od: reversed(od), "reversed_values": lambda od: reversed(od.values()),
    "reversed_items": lambda od: reversed(od.items()),
}
# The dicts a K_ITER "dict" iterator is tied to. An OrderedDict has iterators of its own type (K_ITER "odict").
_TIED_DICT_TYPES = frozenset({dict, containers.Counter, containers.defaultdict})
_ODICT_TYPES = frozenset({containers.OrderedDict})
# How many items all the dict, set and OrderedDict iterators of one load may be moved on in all: each item
# costs a next() call, and a forged dump could name one big dict from many iterators (quadratic in its size
# without a bound).
MAX_DICT_ITERATOR_STEPS = 10_000_000
_ITER_FACTORIES = {"iter": iter, "reversed": reversed, "enumerate": enumerate, "zip": zip, "map": map,
                   "filter": filter, "changed_dict": _changed_dict_iterator, "changed_set": _changed_set_iterator,
                   "changed_odict": _changed_odict_iterator}
_ITERATOR_TYPES = frozenset(t for t in rt_builtins.NATIVE_ITERABLE if hasattr(t, "__next__"))
_FINITE_SOURCES = frozenset({list, tuple, str, bytes, bytearray, range})

_CANONICAL_OPS = frozenset(op for op in O.NAMES if op < 200)

# msgpack's scalars: a value of one of these types is written as itself and decodes to itself
# (`Encoder.value`, `Decoder.value`), so a container whose items are all plain is written, and filled on
# load, in one call, without looking at each item in Python. (An int too big for msgpack is the exception:
# see `dump_execution`.)
_PLAIN = frozenset({type(None), bool, int, float, str, bytes})
_plain = _PLAIN.issuperset
# Types whose values are always heap objects: `Encoder.value` writes them as references
_HEAP_ONLY = frozenset({list, dict, tuple, set, frozenset, bytearray, Function, Frame, Cell, Instance})
# The keys a msgpack map may have in a dump (`strict_map_key`): a dict whose keys are all of these types is
# written as a map (version 2), any other as a flat list of keys and values.
_MAP_KEYS = frozenset({str, bytes})


_PRELUDE_FACTS: dict = {}


def _prelude_codes() -> List[Code]:
    """Every prelude code object in a fixed order (snapshots refer to them by position). Computed once:
    the prelude never changes after it is loaded."""
    codes = _PRELUDE_FACTS.get("codes")
    if codes is None:
        codes = _PRELUDE_FACTS["codes"] = _collect_prelude_codes()
    return codes


def _collect_prelude_codes() -> List[Code]:
    attrs.PRELUDE.ensure()
    out, seen = [], set()
    for name in sorted(attrs.PRELUDE):
        fn = attrs.PRELUDE[name]
        if type(fn) is Function:
            stack = [fn.code]
            while stack:
                c = stack.pop(0)
                if id(c) not in seen:
                    seen.add(id(c))
                    out.append(c)
                    stack.extend(k for k in c.consts if isinstance(k, Code))
    return out


def prelude_fingerprint() -> str:
    fingerprint = _PRELUDE_FACTS.get("fingerprint")
    if fingerprint is None:
        fingerprint = _PRELUDE_FACTS["fingerprint"] = _compute_fingerprint()
    return fingerprint


def _prelude_globals():
    globals_ = _PRELUDE_FACTS.get("globals")
    if globals_ is None:
        attrs.PRELUDE.ensure()
        globals_ = _PRELUDE_FACTS["globals"] = next(
            (f.globals for f in attrs.PRELUDE.values() if type(f) is Function), None)
    return globals_


def _compute_fingerprint() -> str:
    codes = _prelude_codes()
    h = hashlib.sha256()
    for c in codes:
        h.update(repr((c.qualname, c.instrs, [k for k in c.consts if not isinstance(k, Code)])).encode())
    return h.hexdigest()[:16]


# ================================================================ encoding


_CODE_TABLES: Dict[int, tuple] = {}  # id(module code) -> (module code, {id(code): index})


def _code_table(module_code: Code) -> dict:
    entry = _CODE_TABLES.get(id(module_code))
    if entry is None or entry[0] is not module_code:
        if len(_CODE_TABLES) > 256:
            _CODE_TABLES.clear()
        entry = (module_code, {id(c): i for i, c in enumerate(program_codes(module_code))})
        _CODE_TABLES[id(module_code)] = entry
    return entry[1]


_CODE_EXTS: Dict[tuple, msgpack.ExtType] = {}  # (ext code, index) -> the ExtType (immutable) that writes it


def _code_ext(ext: int, i: int) -> msgpack.ExtType:
    """A reference to program (EXT_CODE) or prelude (EXT_PRELUDE_CODE) code object `i`."""
    found = _CODE_EXTS.get((ext, i))
    if found is None:
        if len(_CODE_EXTS) > 4096:
            _CODE_EXTS.clear()
        found = _CODE_EXTS[ext, i] = msgpack.ExtType(ext, struct.pack(">I", i))
    return found


def _prelude_index() -> dict:
    index = _PRELUDE_FACTS.get("index")
    if index is None:
        index = _PRELUDE_FACTS["index"] = {id(c): i for i, c in enumerate(_prelude_codes())}
    return index


class Encoder:
    def __init__(self, code_index: dict):
        self.code_index = code_index
        self.prelude_index = _prelude_index()
        self.prelude_globals = _prelude_globals()
        self.objects: List[list] = []  # the heap entries written so far
        self.index: Dict[int, int] = {}  # id(object) -> its position in the heap
        self.order: List[object] = []  # the objects by position (this also keeps transient ones alive, so
        # ids stay unique): entries are written in this order, so an entry may add objects after itself
        self.plain = True  # containers of plain values are written as they are (see dump_execution)
        # id(dict) -> (array, position): a dict of plain values written in place, as a map, in an array of
        # values (`values`). If something else refers to it too, it becomes a heap object after all (`_refer`)
        self.in_place: Dict[int, tuple] = {}

    def value(self, v):
        t = type(v)
        if v is None or t is bool or t is str or t is bytes or t is float:
            return v
        if t is int:
            if -(1 << 63) <= v < (1 << 64):
                return v
            return msgpack.ExtType(EXT_BIGINT, _int_bytes(v))
        code = _SINGLETON_CODES.get(id(v))
        if code is not None:
            return msgpack.ExtType(EXT_SINGLETON, code)
        if t is Code:
            return self.code(v)
        if v is self.prelude_globals:
            return msgpack.ExtType(EXT_SINGLETON, b"P")
        i = self.index.get(id(v))
        if i is None:
            return self._refer(v)
        return [i]  # a reference: lists never stand for values (containers are heap objects)

    def _refer(self, v) -> list:
        """A reference to `v`, which gets its place in the heap now. If `v` was written in place before
        (a dict, see `values`), that copy becomes a reference to it too: the dict is shared."""
        i = self.index[id(v)] = len(self.order)
        self.order.append(v)
        if self.in_place:
            place = self.in_place.pop(id(v), None)
            if place is not None:
                place[0][place[1]] = [i]
        return [i]

    def values(self, items) -> list:
        """The values of `items`, as a msgpack array (plain ones as they are; see `_PLAIN`). A dict of plain
        values with string keys that nothing has referred to yet is written in place, as a map."""
        if not items:
            return items
        types = set(map(type, items))
        if self.plain:
            if _plain(types):
                return items
            if dict in types:
                out = []
                index, in_place, value = self.index, self.in_place, self.value
                for x in items:
                    if type(x) is dict and (i := id(x)) not in index and i not in in_place \
                            and _MAP_KEYS.issuperset(map(type, x)) and _plain(map(type, x.values())):
                        in_place[i] = (out, len(out))
                        out.append(x)
                    else:
                        out.append(value(x))
                return out
        if _HEAP_ONLY.issuperset(types):  # references, all of them
            return [self.reference(x) for x in items]
        return [self.value(x) for x in items]

    def reference(self, v) -> list:
        """`value(v)` for a `v` that can only be a heap object (see `_HEAP_ONLY`)."""
        i = self.index.get(id(v))
        if i is None:
            if v is self.prelude_globals:
                return self.value(v)
            return self._refer(v)
        return [i]

    def code(self, c: Code):
        i = self.code_index.get(id(c))
        if i is not None:
            return _code_ext(EXT_CODE, i)
        j = self.prelude_index.get(id(c))
        if j is not None:
            return _code_ext(EXT_PRELUDE_CODE, j)
        ref = stdlib.code_ref(c)
        if ref is not None:  # a guest stdlib module's code: (position, source fingerprint, module name)
            name, position, fingerprint = ref
            return msgpack.ExtType(EXT_STDLIB_CODE, struct.pack(">I", position) + fingerprint + name.encode())
        raise ValueError(f"code object {c.qualname} is not part of this program")

    def drain(self):
        objects, order, entry = self.objects, self.order, self.entry
        while len(objects) < len(order):
            objects.append(entry(order[len(objects)]))

    def frame(self, f: Frame) -> list:
        """A frame's entry. Its locals, stack and cells are its own lists: written in place."""
        val = self.value
        gen, exc_saved, ns, on_return = f.gen, f.exc_saved, f.ns, f.on_return
        return [K_FRAME, self.code(f.code), f.pc, self.values(f.locals), self.values(f.stack),
                None if f.cells is None else [val(c) for c in f.cells], val(f.globals),
                gen if gen is None else val(gen), exc_saved if exc_saved is None else val(exc_saved),
                ns if ns is None else val(ns), on_return if on_return is None else val(on_return)]

    def entry(self, v) -> list:
        t = type(v)
        val = self.value
        if t is list:
            return [K_LIST, self.values(v)]
        if t is Frame:
            return self.frame(v)
        if t is ExternalFunction:
            return [K_EXTERNAL, v.name]
        if t is tuple:
            return [K_TUPLE, self.values(v)]
        if t is dict:
            if _MAP_KEYS.issuperset(map(type, v)):  # written as a msgpack map
                if self.plain and _plain(map(type, v.values())):
                    return [K_DICT, v]
                return [K_DICT, dict(zip(v, map(val, v.values())))]
            flat = []
            for k, x in v.items():
                flat.append(val(k))
                flat.append(val(x))
            return [K_DICT, flat]
        if t is set:
            return [K_SET, [val(x) for x in insertion_order(v)]]
        if t is frozenset:
            if any(type(x) is Instance for x in v):
                raise ValueError("a frozenset of class instances cannot be saved (use a set or a tuple)")
            return [K_FROZENSET, [val(x) for x in insertion_order(v)]]
        if t is bytearray:
            return [K_BYTEARRAY, bytes(v)]
        if t is range:
            return [K_RANGE, val(v.start), val(v.stop), val(v.step)]
        if t is slice:
            return [K_SLICE, val(v.start), val(v.stop), val(v.step)]
        if t is Cell:
            return [K_CELL, val(v.v)]
        if t is Function:
            if v.globals is self.prelude_globals:
                return [K_PRELUDE_FUNCTION, v.name]
            return [K_FUNCTION, self.code(v.code), val(v.globals), val(v.defaults), val(v.kwdefaults),
                    val(v.closure), v.name, v.qualname, val(v.doc), val(v.attrs)]
        if t is Builtin:
            return [K_BUILTIN] + self.builtin(v)
        if t is BoundMethod:
            return [K_BOUND, val(v.func), val(v.self)]
        if t is Generator or t is Coroutine:
            entry = [K_GENERATOR, val(v.frame), v.name, v.qualname, v.running, v.finished, v.started,
                     val(v.next_default), val(v.exc_state)]
            return entry + ["coroutine"] if t is Coroutine else entry
        if t is HostFuture:
            return [K_HOST_FUTURE, v.call_id, v.name, v.awaited]
        if t is Frame:
            return self.frame(v)
        if t is Module:
            return [K_MODULE, v.name, val(v.attrs)]
        if t is TextStream:
            return [K_STREAM, v.stream]
        if t is GClass:
            if v.user:
                return [K_USER_CLASS, v.name, v.qualname, v.module, [val(b) for b in v.bases], val(v.dict)]
            return [K_CLASS, v.name]
        if t is Instance:
            return [K_INSTANCE, val(v.cls), val(v.dict)]
        if t is Property:
            return [K_PROPERTY, val(v.fget), val(v.fset), val(v.fdel), val(v.doc)]
        if t is ClassMethod:
            return [K_CLASSMETHOD, val(v.func)]
        if t is StaticMethod:
            return [K_STATICMETHOD, val(v.func)]
        if t is Super:
            return [K_SUPER, val(v.cls), val(v.obj)]
        if t is ExcInstance:
            tb = [[self.code(c), pc] for c, pc in v.tb]
            return [K_EXCEPTION, val(v.cls), val(v.args), val(v.cause), val(v.context), v.suppress_context,
                    tb, val(v.attrs), val(v.text)]
        if t is type:
            name = v.__name__
            if _NATIVE_TYPES.get(name) is not v:
                if issubclass(v, stdlib_objects.NativeObject) and stdlib_objects.KINDS.get((v.MODULE, v.KIND)) is v:
                    return [K_STDLIB_TYPE, v.MODULE, v.KIND]
                raise ValueError(f"type {name} cannot be saved")
            return [K_TYPE, name]
        if t is object:
            return [K_OBJECT]
        if isinstance(v, stdlib_objects.NativeObject):
            return [K_STDLIB_OBJECT, v.MODULE, v.KIND, v.save()]
        if t in _COLLECTION_TYPES:
            return self.collection(v)
        if t is containers.DEQUE_ITERATOR or t is containers.DEQUE_REVERSE_ITERATOR:
            source, index = v.__reduce__()[1]  # (the deque, how many items it has given)
            rest = list(source if t is containers.DEQUE_ITERATOR else reversed(source))[index:]
            return [K_ITER, "iter", [val(rest)], None]
        name = _native_function_name(v)
        if name is not None:
            return [K_NATIVE_FN] + name
        if t in _ITERATOR_TYPES:
            view = _DICT_ITERATOR_VIEWS.get(t)
            if view is not None:
                tied = self.dict_iterator(v, view)
            elif t is _SET_ITERATOR:
                tied = self.set_iterator(v)
            elif t is _ODICT_ITERATOR:
                tied = self.odict_iterator(v)
            else:
                tied = None
            if tied is not None:
                return tied
            try:
                reduced = v.__reduce__()
            except RuntimeError as e:  # its container changed under it: next() raises, now and after load
                kind = _CHANGED_DICT_KINDS.get(t)
                if kind is not None:
                    return [K_ITER, "changed_dict", [kind], None]
                if t is _SET_ITERATOR:
                    return [K_ITER, "changed_set", [], None]
                how = _CHANGED_ODICT.get(str(e)) if t is _ODICT_ITERATOR else None
                if how is not None:
                    return [K_ITER, "changed_odict", [how], None]
                raise ValueError(f"iterator {t.__name__} cannot be saved") from None
            factory = getattr(reduced[0], "__name__", "")
            if factory not in _ITER_FACTORIES:
                raise ValueError(f"iterator {t.__name__} cannot be saved")
            args = list(reduced[1]) if len(reduced) > 1 else []
            state = reduced[2] if len(reduced) > 2 else None
            return [K_ITER, factory, [val(a) for a in args], val(state)]
        raise ValueError(f"a value of type {t.__name__} cannot be saved")

    def dict_iterator(self, it, view: str):
        """`[K_ITER, "dict", [the dict, view, position], nil]` for a live iterator over a dict, where position
        is how many of the dict's items (in its order, the order it is saved in) come before the ones the
        iterator has left; or None when it is saved otherwise (through `__reduce__`): it is exhausted (it no
        longer holds its dict), its dict changed size (`__reduce__` raises: "changed_dict"), its dict is not
        one the loader can tie it to, or the dict's keys are instances (the loader fills such a dict only
        once guest `__hash__` can run, after the iterator must exist)."""
        found = _held_and_left(it, _TIED_DICT_TYPES)
        if found is None or found[0] is self.prelude_globals:
            return None
        source, left = found
        if any(map(_holds_instance, source)):
            return None
        return [K_ITER, "dict", [self.value(source), view, len(source) - len(left)], None]

    def set_iterator(self, it):
        """`[K_ITER, "set", [the set, position, [the items it has left]], nil]` for a live iterator over a set
        or frozenset, where position is how many of the set's items (in its iteration order) come before the
        ones the iterator has left; or None when it is saved otherwise: it is exhausted, its set changed size
        ("changed_set"), or the set's items are instances (the loader fills such a set only once guest
        `__hash__` can run). The items it has left let the loader check that the loaded set iterates in the
        same order (it may not: a str's hash differs between processes), and give them otherwise."""
        found = _held_and_left(it, _SET_TYPES)
        if found is None:
            return None
        source, left = found
        if type(source) is set and any(map(_holds_instance, source)):
            return None
        return [K_ITER, "set", [self.value(source), len(source) - len(left), self.values(left)], None]

    def odict_iterator(self, it):
        """`[K_ITER, "odict", [the OrderedDict, view, position], nil]` for a live iterator over an
        OrderedDict (CPython's own iterator type), as `dict_iterator`; None when it is exhausted, its
        OrderedDict changed under it ("changed_odict"), or the keys are instances."""
        found = _held_and_left(it, _ODICT_TYPES)
        if found is None or any(map(_holds_instance, dict.keys(found[0]))):  # (dict's order: no hashing)
            return None
        source, left = found
        view = _odict_iterator_view(it, source, left)
        if view is None:
            return None
        return [K_ITER, "odict", [self.value(source), view, len(source) - len(left)], None]

    def collection(self, v) -> list:
        val = self.value
        t = type(v)
        if t is containers.NamedTupleValue:
            return [K_NAMEDTUPLE, val(v.cls), [val(x) for x in v]]
        if t is containers.deque:
            return [K_COLLECTION, "deque", v.maxlen, [val(x) for x in v]]
        if t is containers.OrderedDict and any(type(k) in (Instance, ExcInstance) and special(k, "__hash__")
                                               for k in dict.keys(v)):
            # (iterating an OrderedDict hashes its keys, and a guest __hash__ cannot run while paused)
            raise ValueError("an OrderedDict keyed by instances of a class that defines __hash__ cannot be saved")
        flat = []
        for k, x in v.items():
            flat.append(val(k))
            flat.append(val(x))
        return [K_COLLECTION, t.__name__, val(v.default_factory) if t is containers.defaultdict else None, flat]

    def builtin(self, b: Builtin) -> list:
        val = self.value
        for table_name, table in _object_method_tables().items():
            if table.get(b.name) is b.fn:  # object.__setattr__ (unbound), super().__init__ (bound) ...
                return ["object", table_name, b.name] + ([] if b.self is NULL else [val(b.self)])
        if b.self is NULL and stdlib_helpers.HELPERS.get(b.name) is b.fn:
            return ["stdlib", b.name]
        ref = stdlib.native_function_ref(b.fn) if b.self is NULL else None
        if ref is not None:  # a native stdlib module's function
            return ["module", ref[0], ref[1], b.name]
        if b.self is not NULL:
            return ["bound", b.name, val(b.self)]
        for name, candidate in rt_builtins.BUILTIN_FUNCTIONS.items():
            if candidate is b:
                return ["global", name]
        for t, table in attrs.TYPE_ATTRS.items():
            for name, candidate in table.items():
                if candidate is b:
                    return ["type", t.__name__, name]
        prelude = self.prelude_globals or {}
        for name, candidate in prelude.items():
            if candidate is b:
                return ["prelude", name]
        raise ValueError(f"builtin {b.name} cannot be saved")


def _held_and_left(it, types):
    """(the container of one of `types` a live native iterator goes over, the items it has left: always
    the last ones in the container's order), or None: it is exhausted (it holds no container any more) or
    its container changed size under it (`__reduce__` raises)."""
    source = next((r for r in gc.get_referents(it) if type(r) in types), None)
    if source is None:
        return None
    try:
        return source, it.__reduce__()[1][0]
    except RuntimeError:
        return None


_SET_TYPES = frozenset({set, frozenset})


def _odict_iterator_view(it, od, left):
    """Which of the six views (`_ODICT_ITERATOR_MAKERS`) the OrderedDict iterator `it` goes over, from the
    items it has left (`left`): CPython gives the six one type and does not say. Items are compared by
    identity (no guest code runs). A keys and a values iterator give the same objects when every value left
    is its key: then one value is swapped for a marker, the time to ask the iterator again."""
    if not left:
        return "keys"  # (nothing left: every view gives the same)
    keys = list(od)
    position = len(keys) - len(left)
    for prefix, order in (("", keys), ("reversed_", keys[::-1])):
        rest = order[position:]
        values = [dict.__getitem__(od, k) for k in rest]
        if all(map(_is, left, rest)):
            if not all(map(_is, left, values)):
                return prefix + "keys"
            key, marker = rest[0], object()
            dict.__setitem__(od, key, marker)  # (an existing key: the OrderedDict's order and state stay)
            try:
                gives_values = it.__reduce__()[1][0][0] is marker
            finally:
                dict.__setitem__(od, key, values[0])
            return prefix + ("values" if gives_values else "keys")
        if all(map(_is, left, values)):
            return prefix + "values"
        if all(type(x) is tuple and len(x) == 2 and x[0] is k and x[1] is v
               for x, k, v in zip(left, rest, values)):
            return prefix + "items"
    return None


def _object_method_tables() -> dict:
    from .classes import EXCEPTION_METHODS, OBJECT_METHODS

    return {"object": OBJECT_METHODS, "exception": EXCEPTION_METHODS}


_NATIVE_FUNCTIONS: Dict[int, list] = {}


def _native_function_table() -> Dict[int, list]:
    """Raw callables that can sit on a value stack or inside a native iterator: the pure builtins a native
    `map`/`filter` may call, and the method-table entries `LOAD_METHOD` pushes. Saved by name."""
    if not _NATIVE_FUNCTIONS:
        for fn in rt_builtins._PURE_FNS:
            _NATIVE_FUNCTIONS[id(fn)] = ["builtin", fn.__name__]
        for t, fn in _charged_conversions().items():  # what map(str, ...) and the like call instead of the type
            _NATIVE_FUNCTIONS.setdefault(id(fn), ["conversion", t.__name__])
        for t, table in attrs.METHODS.items():
            for name, fn in table.items():
                _NATIVE_FUNCTIONS.setdefault(id(fn), ["method", t.__name__, name])
    return _NATIVE_FUNCTIONS


def _charged_conversions() -> dict:
    """type -> the native that converts to it and charges the result first (`builtins._CHARGED_CONVERSIONS`)."""
    return getattr(rt_builtins, "_CHARGED_CONVERSIONS", {})


def _native_function_name(v):
    return _native_function_table().get(id(v))


_PURE_BY_NAME = None


def _native_function(e):
    global _PURE_BY_NAME
    if _PURE_BY_NAME is None:
        _PURE_BY_NAME = {fn.__name__: fn for fn in rt_builtins._PURE_FNS}
    if len(e) == 3 and e[1] == "builtin" and type(e[2]) is str and e[2] in _PURE_BY_NAME:
        return _PURE_BY_NAME[e[2]]
    if len(e) == 3 and e[1] == "conversion":
        fn = next((fn for t, fn in _charged_conversions().items() if t.__name__ == e[2]), None)
        if fn is not None:
            return fn
    if len(e) == 4 and e[1] == "method" and type(e[3]) is str:
        t = _method_owner(e[2])
        fn = attrs.METHODS.get(t, {}).get(e[3]) if t is not None else None
        if fn is not None:
            return fn
    _fail(f"unknown native function {list(e[1:])!r}")


def _private_copy(fn: Function) -> Function:
    """A prelude function for one execution's heap. The prelude's own function objects serve every run in
    the process: guest code that held one (only a forged snapshot can give it one) could set its attributes
    for every later run."""
    copy = Function(fn.code, fn.globals, fn.defaults, dict(fn.kwdefaults) if fn.kwdefaults else None,
                    fn.closure)
    copy.name, copy.qualname, copy.doc = fn.name, fn.qualname, fn.doc
    return copy


def host_function_names(meta: dict, codes: List[Code]) -> frozenset:
    """The names a paused host call or an ExternalFunction of a snapshot can have: the program's declared
    external functions and, since a paused execution is in start() mode (where calling a name nothing
    defines asks the host), the names its own code uses. Anything else in a dump is forged."""
    names = set(meta.get("external_functions", ()))
    for c in codes:
        names.update(c.names)
    return frozenset(names)


def _method_owner(name):
    """The type whose method table (`attrs.METHODS`, `attrs.TYPE_ATTRS`) a dump names by its type name."""
    if type(name) is str:
        for t in attrs.METHODS:
            if t.__name__ == name:
                return t
    return None


def _int_bytes(v: int) -> bytes:
    sign = b"-" if v < 0 else b"+"
    magnitude = abs(v)
    return sign + magnitude.to_bytes((magnitude.bit_length() + 7) // 8 or 1, "big")


_ORDER_SAFE = (int, float, bool, type(None))


def insertion_order(s, thorough=False) -> list:
    """The items of a set or frozenset in an order that, added one by one to an empty set (as loading
    does), gives back `s`'s iteration order: that order is a property of the hash table, so it depends on
    how the set was built (CPython's frozenset constants, for one, are built twice). Looked for among the
    iteration order and its one-item moves (`thorough`: every order of up to 7 items), for items whose
    hashes do not change between processes; the iteration order itself when none is found."""
    items = list(s)
    n = len(items)
    if n < 2 or n > 40 or not all(type(x) in _ORDER_SAFE or type(x) is tuple and
                                  all(type(y) in _ORDER_SAFE for y in x) for x in items):
        return items
    if list(frozenset(items)) == items or list(_merged(items)) == items \
            or list(_merge_into_one(set(), items)) == items:  # (see merge_instead)
        return items
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for j in range(n):
            if j != i:
                candidate = rest[:j] + [items[i]] + rest[j:]
                if list(frozenset(candidate)) == items and list(_merged(candidate)) != candidate:
                    return candidate
    if thorough and n <= 7:
        for candidate in permutations(items):
            if list(frozenset(candidate)) == items and list(_merged(candidate)) != list(candidate):
                return list(candidate)
    return items


def _merge_all(out: set, items) -> set:
    """Fill the empty set `out` with `items` as CPython's `set(s)`, or `a | b` with `a` empty, makes a set
    from another set: the other set's table copied, or one resize sized for all the items and the items in
    the other set's order. Its table, and so its iteration order, can differ from the one adding the items
    one by one gives."""
    out.update(set(items))
    return out


def _merge_into_one(out: set, items) -> set:
    """Fill the empty set `out` with `items` as `a | b` or `a.update(b)` does when `a` already has an item:
    the merge resizes the table for both sets' items (`{''} | {0} | {3, 0, 1}` ends in a 16-slot table),
    then adds the other set's items in its order, so colliding items land elsewhere than in 8 slots."""
    out.add(items[0])
    out.update(set(items))
    return out


_MERGES = (_merge_all, _merge_into_one)


def _merged(items) -> set:
    return _merge_all(set(), items)


def merge_instead(built, items):
    """For a set saved by `insertion_order` as `items` and `built` by adding them one by one: when that
    did not give their order back and a merge does (the set was made by `a | b`, `set(s)`, ...), the
    function that fills an empty set that way (`_MERGES`); else None."""
    if len(items) < 2:
        return None
    order = list(items)
    if list(built) == order:
        return None
    for merge in _MERGES:
        if list(merge(set(), order)) == order:
            return merge
    return None


def _frozenset_of(items) -> frozenset:
    """A saved frozenset (see `merge_instead`; a frozenset made from the merged set keeps its order only
    when its table is the size a new frozenset's is)."""
    built = frozenset(items)
    merge = merge_instead(built, items)
    if merge is None:
        return built
    merged = merge(set(), list(items))
    remade = frozenset(merged)
    return remade if list(remade) == list(merged) else built


def _encode_const(k, enc: Encoder):
    t = type(k)
    if t is tuple:
        return ["t", [_encode_const(x, enc) for x in k]]
    if t is frozenset:
        return ["f", [_encode_const(x, enc) for x in insertion_order(k, thorough=True)]]
    if k is None or t in (bool, str, bytes, float):
        return k
    if t is int:
        return k if -(1 << 63) <= k < (1 << 64) else msgpack.ExtType(EXT_BIGINT, _int_bytes(k))
    if k is Ellipsis:
        return msgpack.ExtType(EXT_SINGLETON, b"E")
    if t is Code:
        return enc.code(k)
    raise ValueError(f"constant of type {t.__name__} cannot be saved")


def encode_code(c: Code, enc: Encoder) -> list:
    instrs = []
    for op, arg in c.instrs:
        instrs.append(op)
        instrs.append(arg)
    positions = []
    for line, col, end_line, end_col, anchor in c.positions:
        positions.append([line, col, end_line, end_col] + ([anchor[0], anchor[1], anchor[2]] if anchor else []))
    consts = [_encode_const(k, enc) for k in c.consts]
    return [c.name, c.qualname, c.filename, c.firstlineno, c.flags, c.argcount, c.posonlyargcount,
            c.kwonlyargcount, list(c.varnames), list(c.cellvars), list(c.freevars),
            [list(p) for p in c.cell_params], consts, list(c.names), instrs, positions,
            [list(e) for e in c.exc_table], c.docstring]


def program_codes(module_code: Code) -> List[Code]:
    out, seen, stack = [], set(), [module_code]
    while stack:
        c = stack.pop(0)
        if id(c) in seen:
            continue
        seen.add(id(c))
        out.append(c)
        stack.extend(k for k in c.consts if isinstance(k, Code))
    return out


def _pack(kind: bytes, document) -> bytes:
    try:  # (strict UTF-8 is msgpack's fast path, and the same bytes for any string without lone surrogates)
        body = msgpack.Packer(use_bin_type=True).pack(document)  # (packb, without its keyword-passing wrapper)
    except UnicodeEncodeError:
        body = msgpack.packb(document, use_bin_type=True, unicode_errors="surrogatepass")
    return _HEADERS[kind] + body


_HEADERS = {kind: HEADER.pack(MAGIC, VERSION, kind) for kind in (b"P", b"S")}





def dump_program(module_code: Code, meta: dict) -> bytes:
    codes = program_codes(module_code)
    enc = Encoder({id(c): i for i, c in enumerate(codes)})
    encoded = [encode_code(c, enc) for c in codes]
    if enc.order:
        raise ValueError("program constants must be plain values")
    source = module_code.source
    return _pack(b"P", {"meta": meta, "source": source.text, "filename": source.filename, "codes": encoded,
                        "prelude": prelude_fingerprint()})


def dump_execution(program_bytes: bytes, module_code: Code, vm, tracker: Tracker, extra: dict) -> bytes:
    """A paused execution: the program's own dump (embedded as is) plus the live state."""
    try:
        return _dump_execution(program_bytes, module_code, vm, tracker, extra, True)
    except OverflowError:  # an int too big for msgpack in a container written as it is: again, item by item
        return _dump_execution(program_bytes, module_code, vm, tracker, extra, False)


def _dump_execution(program_bytes, module_code, vm, tracker, extra, plain: bool) -> bytes:
    enc = Encoder(_code_table(module_code))
    enc.plain = plain
    val = enc.value
    lim = tracker.limits
    pending = vm.pending
    root = {
        "frames": [val(f) for f in vm.frames],
        "exc_info": val(vm.exc_info),
        "globals": val(vm.globals),
        "modules": {name: val(m) for name, m in vm.modules.items()} if vm.modules else {},
        "pending": [pending[0], pending[1], enc.values(list(pending[2])),
                    {name: val(x) for name, x in pending[3].items()} if pending[3] else {}] if pending else None,
        "next_call_id": vm.next_call_id,
        "lookup_names": vm.lookup_names,
        # (the steps the VM ran since its last tick are counted only at the next one: saved here, or lost)
        "tracker": [tracker.steps + max(vm.granted - vm.budget, 0), tracker.elapsed, tracker.output_bytes,
                    tracker.allocations + vm.allocs],
        "limits": [lim.max_duration_secs, lim.max_memory, lim.max_allocations, lim.max_recursion_depth,
                   lim.max_steps, lim.max_output_bytes],
        "extra": {name: val(x) for name, x in extra.items()} if extra else {},
    }
    enc.drain()
    return _pack(b"S", {"program": program_bytes, "objects": enc.objects, "root": root})


# ================================================================ decoding


def _fail(reason: str):
    raise SnapshotInvalid(reason)


def _ext(code: int, data: bytes) -> msgpack.ExtType:
    """msgpack's `ext_hook`: the ExtType msgpack would make, with the range check of `ExtType.__new__` but
    not its checks of what msgpack guarantees (an int code, bytes data), which cost more than the rest of
    decoding a code reference or a marker."""
    if not 0 <= code <= 127:
        raise ValueError("code must be 0~127")
    return _TUPLE_NEW(msgpack.ExtType, (code, data))


_TUPLE_NEW = tuple.__new__
_UNPACK_OPTIONS = {"raw": False, "use_list": False, "strict_map_key": True, "unicode_errors": "surrogatepass",
                   "ext_hook": _ext}
# Arrays decode as tuples: `()` is a shared singleton and `(i,)` is smaller than `[i]`, which keeps the
# memory a hostile document can make msgpack allocate per byte of input low (an empty list is 56 bytes).


def _payload(data, kind: bytes):
    """(the msgpack document of a dump of `kind`, its format version), after checking its header."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        _fail(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) < HEADER.size:
        _fail("too short to be a monty_peg dump")
    magic, version, found = HEADER.unpack_from(data)
    if magic != MAGIC:
        _fail("not a monty_peg dump (bad magic)")
    if version not in READABLE_VERSIONS:
        _fail(f"format version {version} is not supported (this monty_peg reads versions "
              f"{', '.join(map(str, READABLE_VERSIONS))})")
    if found != kind:
        expected = "program" if kind == b"P" else "snapshot"
        _fail(f"this dump is not a {expected}")
    return data[HEADER.size:], version


def _size_limits(size: int) -> dict:
    """msgpack's own limits set to the input size: a declared length larger than the input fails before
    anything is allocated."""
    return {"max_str_len": size, "max_bin_len": size, "max_array_len": size, "max_map_len": size,
            "max_ext_len": size}


@contextlib.contextmanager
def _no_gc():
    """Decoding makes millions of small containers and no garbage cycles; with the cyclic collector
    running over and over meanwhile it is several times slower. The collector is process-wide: it is off
    only while the loader runs none of the guest's code, and back as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def unpack(data: bytes, kind: bytes):
    """(the document of a dump, its format version). A snapshot's heap (`objects`) is left encoded, as a
    `_Heap`, unless the payload is small (`_SMALL_PAYLOAD`): it is decoded by `read_heap` once the memory
    limit it must fit in is known."""
    payload, version = _payload(data, kind)
    enabled = gc.isenabled()
    gc.disable()  # see _no_gc
    try:
        if kind == b"S":
            doc = _unpack_snapshot(payload)
        else:
            doc = msgpack.unpackb(payload, **_UNPACK_OPTIONS, **_size_limits(len(payload)))
    except SnapshotInvalid:
        raise
    except Exception as e:  # msgpack raises many kinds of errors on malformed input
        _fail(f"payload is not valid msgpack ({type(e).__name__}: {e})")
    finally:
        if enabled:
            gc.enable()
    if not isinstance(doc, dict):
        _fail("payload is not a map")
    return doc, version


class _Heap:
    """Where a snapshot's heap array starts in its document."""

    __slots__ = ("payload", "offset")

    def __init__(self, payload: bytes, offset: int):
        self.payload, self.offset = payload, offset


def _unpacker(payload) -> msgpack.Unpacker:
    size = len(payload)
    u = msgpack.Unpacker(None, max_buffer_size=max(size, 1), **_UNPACK_OPTIONS, **_size_limits(size))
    u.feed(payload)
    return u


def _unpack_snapshot(payload: bytes):
    """The top-level map of a snapshot document, with the heap skipped over (not decoded); or, for a
    payload of at most `_SMALL_PAYLOAD` bytes, the whole document decoded at once."""
    size = len(payload)
    if size <= _SMALL_PAYLOAD:  # (_UNPACK_OPTIONS and _size_limits, spelled out)
        doc = msgpack.unpackb(payload, raw=False, use_list=False, strict_map_key=True,
                              unicode_errors="surrogatepass", ext_hook=_ext, max_str_len=size, max_bin_len=size,
                              max_array_len=size, max_map_len=size, max_ext_len=size)
        if type(doc) is dict and not _STR_ONLY.issuperset(map(type, doc)):
            _fail("payload is not valid msgpack (a map key is not a string)")
        return doc
    u = _unpacker(payload)
    try:
        n = u.read_map_header()
    except msgpack.OutOfData:
        raise
    except ValueError:
        return None  # not a map
    if n > len(payload):
        _fail("payload is not valid msgpack (map longer than the input)")
    doc = {}
    for _ in range(n):
        key = u.unpack()
        if type(key) is not str:
            _fail("payload is not valid msgpack (a map key is not a string)")
        if key == "objects":
            doc[key] = _Heap(payload, u.tell())
            u.skip()
        else:
            doc[key] = u.unpack()
    if u.tell() != len(payload):
        _fail("payload is not valid msgpack (ExtraData: bytes after the document)")
    return doc


_STR_ONLY = frozenset({str})
_HEAP_CHUNK = 1 << 16
_KIND_OF = itemgetter(0)
# What each heap entry counts against the execution's memory limit while loading: the memory (as
# `runtime/memory.py` measures it) the object it decodes to takes at least, and never less than 56 bytes,
# about what the loader itself holds per entry (a decoded entry and its slots), so a heap of millions of
# tiny objects is bounded too. The kinds that name shared objects (types, classes, builtins) appear at most
# a few thousand times in a real dump. A heap that needs more than the limit is refused before it is decoded
# further: what a hostile heap can make the loader allocate is bounded by the limit it would run under.
_HEAP_FLOOR_DEFAULT = 56
_HEAP_FLOORS = {K_DICT: 64, K_SET: 200, K_FROZENSET: 200, K_FUNCTION: 160, K_GENERATOR: 120, K_FRAME: 120,
                K_MODULE: 80, K_EXCEPTION: 120, K_COLLECTION: 64}
# Kinds that name one of a fixed set of shared objects (or, for streams, sys.stdout/sys.stderr): a real dump
# has one entry per object it uses, so a few thousand at most.
_SHARED_KINDS = (K_TYPE, K_CLASS, K_NATIVE_FN, K_PRELUDE_FUNCTION, K_STREAM, K_STDLIB_TYPE)
_MAX_SHARED_ENTRIES = 10_000


def heap_budget(max_memory):
    """The heap floor a snapshot may have under a memory limit of `max_memory` bytes (None: no limit):
    the limit, and some slack for what a paused execution's heap may hold over it between two
    measurements."""
    if max_memory is None:
        return None
    return max_memory + max_memory // 8 + (1 << 20)


# A payload this small holds at most _SMALL_PAYLOAD / 2 heap entries (an entry takes at least two bytes: an
# array header and its kind), which need at most 1 MB by `_HEAP_FLOORS` (the least `heap_budget` allows, for
# a memory limit of 0) and are fewer than _MAX_SHARED_ENTRIES: neither check of `read_heap` can refuse it,
# so `_unpack_snapshot` decodes it whole, in one call.
_SMALL_PAYLOAD = 2 * (1 << 20) // max(_HEAP_FLOOR_DEFAULT, *_HEAP_FLOORS.values())
assert _SMALL_PAYLOAD // 2 <= _MAX_SHARED_ENTRIES


def read_heap(heap, max_memory) -> list:
    """The raw heap entries, read a chunk at a time; refused as soon as the objects they make would need
    more than the memory limit `max_memory` (see `_HEAP_FLOORS`), before the rest is decoded. A small
    snapshot's heap is already decoded (see `_SMALL_PAYLOAD`), and is returned as it is."""
    if type(heap) is not _Heap:
        return heap  # decoded with the document (small), missing or forged: the decoder checks it
    budget = heap_budget(max_memory)
    view = memoryview(heap.payload)[heap.offset:]
    u = _unpacker(view)
    try:
        n = u.read_array_header()
    except Exception:  # noqa: BLE001 - msgpack's errors for a value of another type or no value at all
        _fail("objects: expected list")
    if n > len(view):
        _fail("payload is not valid msgpack (heap longer than the input)")
    objects: list = []
    floor = shared = 0
    while len(objects) < n:
        try:
            chunk = list(islice(u, min(n - len(objects), _HEAP_CHUNK)))
        except Exception as e:  # noqa: BLE001
            _fail(f"payload is not valid msgpack ({type(e).__name__}: {e})")
        if not chunk:
            _fail("payload is not valid msgpack (the heap is truncated)")
        more, more_shared = _heap_floor(chunk, len(objects))
        floor, shared = floor + more, shared + more_shared
        objects.extend(chunk)
        if shared > _MAX_SHARED_ENTRIES:  # the encoder writes each shared object once
            _fail("too many entries for builtin types, classes and functions")
        if budget is not None and floor > budget:
            _fail(f"the heap needs more memory than the execution's limit of {max_memory} bytes")
    return objects


def _heap_floor(chunk, base: int):
    """(bytes, entries of shared kinds) of a chunk of heap entries."""
    try:
        counts = Counter(map(_KIND_OF, chunk))
    except Exception:  # noqa: BLE001 - an entry that is not a kind-tagged array: say which
        for j, e in enumerate(chunk):
            if type(e) is not tuple or not e or type(e[0]) is not int:
                _fail(f"object {base + j} is malformed")
        raise
    get = _HEAP_FLOORS.get
    return (sum(get(k, _HEAP_FLOOR_DEFAULT) * c for k, c in counts.items()),
            sum(counts[k] for k in _SHARED_KINDS if k in counts))


def _expect(value, types, what):
    if types is list:  # a msgpack array: decoded as a tuple (see _UNPACK_OPTIONS)
        if type(value) is not tuple and type(value) is not list:
            _fail(f"{what}: expected list, got {type(value).__name__}")
        return value
    if not isinstance(value, types) or (types is int and isinstance(value, bool)):
        _fail(f"{what}: expected {_type_names(types)}, got {type(value).__name__}")
    return value


def _is_array(value) -> bool:
    return type(value) is tuple or type(value) is list


def _type_names(types):
    if isinstance(types, tuple):
        return " or ".join(t.__name__ for t in types)
    return types.__name__


def _int(value, what, lo=None, hi=None):
    if type(value) is not int:
        _fail(f"{what}: expected an integer")
    if lo is not None and value < lo or hi is not None and value > hi:
        _fail(f"{what}: {value} out of range")
    return value


def _str_list(value, what):
    _expect(value, list, what)
    for x in value:
        _expect(x, str, what)
    return value


class Decoder:
    """Rebuilds a program's code objects (`ProgramDecoder`) or a snapshot's heap (`StateDecoder`)."""

    # Whether code objects go through the instruction, operand and position checks and the bytecode verifier.
    # Only the precompiled guest stdlib (runtime/stdlib/precompile.py: data shipped in the package, never user
    # input) turns it off.
    verify = True
    depth = 0  # immutable values being built inside each other (see `obj`)
    external_names = None  # the names an ExternalFunction may have (None: any)
    markers = _NO_MARKERS  # which of the VM's markers value() accepts where it is
    private_lists = frozenset()  # (version 1) the heap lists that are frames' locals and stacks
    version = VERSION  # of the snapshot: a frame's locals, stack and cells are in place from 2 on
    prelude_match = True  # the dump was made with this prelude (see `prelude_ref`)

    def __init__(self, codes: List[Code], raw_objects: list):
        facts = _PRELUDE_FACTS.get("decoder")
        if facts is None:
            facts = (_prelude_codes(), _prelude_globals(), _prelude_index())
            if facts[1] is not None:  # (as _prelude_globals: kept once the prelude is there)
                _PRELUDE_FACTS["decoder"] = facts
        self.prelude, self.prelude_globals, self.prelude_ids = facts  # (prelude_ids: id(code) -> position)
        self.codes = codes
        self.raw_objects = _expect(raw_objects, list, "objects")
        self.objects: List[object] = [None] * len(self.raw_objects)
        self.built = [False] * len(self.raw_objects)
        self.deferred_states = []
        self.deferred_fills = []
        self.dict_iterator_steps = 0  # how far dict iterators were moved on (see MAX_DICT_ITERATOR_STEPS)

    # ---------------------------------------------------------------- code objects

    def _decode_codes(self, raw_codes):
        # consts can refer to later codes: build inner-most last by resolving lazily with a work list
        order = list(range(len(raw_codes)))
        remaining = set(order)
        progress = True
        while remaining and progress:
            progress = False
            for i in sorted(remaining):
                entry = _expect(raw_codes[i], list, f"code {i}")
                if len(entry) != 18:
                    _fail(f"code {i}: wrong number of fields")
                deps = [self._ext_code_index(k) for k in _expect(entry[12], list, f"code {i} consts")]
                if any(d is not None and d in remaining and d != i for d in deps):
                    continue
                if any(d == i for d in deps):
                    _fail(f"code {i} contains itself")
                self.codes[i] = self._decode_code(i, entry)
                remaining.discard(i)
                progress = True
        if remaining:
            _fail("code objects refer to each other in a cycle")

    def _ext_code_index(self, k):
        if isinstance(k, msgpack.ExtType) and k.code == EXT_CODE:
            return self._index(k.data, len(self.codes), "code reference")
        return None

    def prelude_ref(self):
        """The dump refers to prelude code or objects: it must have been made with this prelude (dumps
        that refer to none, such as every program dump, load across prelude changes)."""
        if not self.prelude_match:
            _fail("dump was made by a monty_peg with a different prelude; load it with the same version")

    @staticmethod
    def _index(data, limit, what):
        if not isinstance(data, bytes) or len(data) != 4:
            _fail(f"{what}: malformed")
        (i,) = struct.unpack(">I", data)
        if i >= limit:
            _fail(f"{what}: index {i} out of range")
        return i

    def _decode_const(self, k, depth=0):
        if depth > 100:
            _fail("constants nested too deeply")
        if k is None or type(k) in (bool, int, float, str, bytes):
            return k
        if isinstance(k, msgpack.ExtType):
            if k.code == EXT_BIGINT:
                return self._bigint(k.data)
            if k.code == EXT_SINGLETON and k.data == b"E":
                return Ellipsis
            if k.code == EXT_CODE:
                return self.codes[self._index(k.data, len(self.codes), "code reference")]
            _fail("constant of an unexpected kind")
        if _is_array(k) and len(k) == 2 and k[0] in ("t", "f") and _is_array(k[1]):
            items = [self._decode_const(x, depth + 1) for x in k[1]]
            try:
                return tuple(items) if k[0] == "t" else _frozenset_of(items)
            except TypeError:
                _fail("unhashable item in a frozenset constant")
        _fail(f"constant of type {type(k).__name__} is not allowed")

    @staticmethod
    def _bigint(data):
        if not isinstance(data, bytes) or len(data) < 2 or data[:1] not in (b"+", b"-"):
            _fail("malformed big integer")
        v = int.from_bytes(data[1:], "big")
        return -v if data[:1] == b"-" else v

    def _decode_code(self, i, e) -> Code:
        (name, qualname, filename, firstlineno, flags, argcount, posonly, kwonly, varnames, cellvars, freevars,
         cell_params, consts, names, instrs, positions, exc_table, docstring) = e
        what = f"code {i}"
        _expect(name, str, what + " name")
        _expect(qualname, str, what + " qualname")
        _expect(filename, str, what + " filename")
        _int(firstlineno, what + " firstlineno", 0)
        _int(flags, what + " flags", 0, 255)
        _str_list(varnames, what + " varnames")
        _str_list(cellvars, what + " cellvars")
        _str_list(freevars, what + " freevars")
        _str_list(names, what + " names")
        nlocals = len(varnames)
        _int(argcount, what + " argcount", 0, nlocals)
        _int(posonly, what + " posonlyargcount", 0, argcount)
        _int(kwonly, what + " kwonlyargcount", 0, nlocals - argcount)
        if docstring is not None:
            _expect(docstring, str, what + " docstring")
        ncells = len(cellvars) + len(freevars)
        params = []
        for p in _expect(cell_params, list, what + " cell_params"):
            if not _is_array(p) or len(p) != 2:
                _fail(what + ": malformed cell parameter")
            params.append((_int(p[0], what + " cell", 0, len(cellvars) - 1), _int(p[1], what + " slot", 0, nlocals - 1)))
        decoded_consts = [self._decode_const(k) for k in consts]
        _expect(instrs, list, what + " instructions")
        if len(instrs) % 2 or not instrs:
            _fail(what + ": malformed instruction list")
        n = len(instrs) // 2
        if not self.verify:  # trusted package data (see `verify`): the same layout, without the checks
            pairs = list(zip(instrs[0::2], instrs[1::2]))
            if len(positions) != n:
                _fail(what + ": positions do not match instructions")
            decoded_positions = [(p[0], p[1], p[2], p[3], (p[4], p[5], p[6]) if len(p) == 7 else None)
                                 for p in positions]
        else:
            pairs, decoded_positions = self._checked_instructions(what, instrs, positions, n, len(decoded_consts),
                                                                  len(names), nlocals, ncells)
        table = []
        for entry in _expect(exc_table, list, what + " exception table"):
            if not _is_array(entry) or len(entry) != 4:
                _fail(what + ": malformed exception table entry")
            start, end, handler, depth = (_int(x, what + " exception table") for x in entry)
            if not (0 <= start < end <= n and 0 <= handler < n and 0 <= depth <= 10_000):
                _fail(what + ": exception table entry out of range")
            table.append((start, end, handler, depth))
        try:
            if self.verify:
                verify_code(pairs, table, what)
        except ValueError as e:
            _fail(str(e))
        return Code(name=name, qualname=qualname, filename=filename, firstlineno=firstlineno, flags=flags,
                    argcount=argcount, posonlyargcount=posonly, kwonlyargcount=kwonly, varnames=varnames,
                    cellvars=cellvars, freevars=freevars, cell_params=params, consts=decoded_consts,
                    names=names, instrs=pairs, positions=decoded_positions, exc_table=table,
                    docstring=docstring, source=self.source)

    def _checked_instructions(self, what, instrs, positions, n, nconsts, nnames, nlocals, ncells):
        pairs = []
        for j in range(n):
            op, arg = instrs[2 * j], instrs[2 * j + 1]
            _int(op, what + " opcode")
            _int(arg, what + " operand", 0)
            if op not in _CANONICAL_OPS:
                _fail(f"{what}: unknown opcode {op} at {j}")
            self._check_operand(what, j, op, arg, n, nconsts, nnames, nlocals, ncells)
            pairs.append((op, arg))
        _expect(positions, list, what + " positions")
        if len(positions) != n:
            _fail(what + ": positions do not match instructions")
        decoded_positions = []
        for p in positions:
            if not _is_array(p) or len(p) not in (4, 7) or not all(type(x) is int for x in p[:4]):
                _fail(what + ": malformed position")
            anchor = None
            if len(p) == 7:
                if p[4] not in ("binop", "subscript") or type(p[5]) is not int or type(p[6]) is not int:
                    _fail(what + ": malformed anchor")
                anchor = (p[4], p[5], p[6])
            decoded_positions.append((p[0], p[1], p[2], p[3], anchor))
        return pairs, decoded_positions

    @staticmethod
    def _check_operand(what, j, op, arg, n, nconsts, nnames, nlocals, ncells):
        bad = False
        if op in O.CONST_ARG:
            bad = arg >= nconsts
        elif op in O.NAME_ARG:
            bad = arg >= nnames
        elif op in O.LOCAL_ARG:
            bad = arg >= nlocals
        elif op in O.CELL_ARG:
            bad = arg >= ncells
        elif op in O.JUMPS:
            bad = arg >= n
        elif op == O.COMPARE_JUMP_IF_FALSE:
            bad = (arg >> 4) >= n or (arg & 15) >= len(O.COMPARE_OPS)
        elif op in (O.BINARY_OP, O.INPLACE_OP):
            bad = arg >= len(O.BINARY_OPS)
        elif op == O.UNARY_OP:
            bad = arg >= len(O.UNARY_OPS)
        elif op == O.COMPARE_OP:
            bad = arg >= len(O.COMPARE_OPS)
        elif op in (O.COPY, O.SWAP):
            bad = arg < 1 or arg > 10_000
        else:
            bad = arg > 1 << 20
        if bad:
            _fail(f"{what}: operand {arg} of {O.NAMES.get(op, op)} at {j} is out of range")

    # ---------------------------------------------------------------- values

    def value(self, v):
        t = type(v)
        if t is tuple or t is list:
            if len(v) == 1:
                i = v[0]
                if type(i) is int and 0 <= i < len(self.objects):
                    return self.objects[i] if self.built[i] else self.obj(i)
            _fail("malformed reference")
        if v is None or t is bool or t is int or t is float or t is str or t is bytes:
            return v
        if t is msgpack.ExtType:
            code = v.code
            if code == EXT_BIGINT:
                return self._bigint(v.data)
            if code == EXT_SINGLETON:
                if v.data == b"P":  # only ever a prelude frame's globals (see _fill_frame): never a value
                    _fail("the prelude's globals can only be the globals of a prelude frame")
                if v.data not in _SINGLETONS:
                    _fail("unknown singleton")
                if v.data in _MARKERS and v.data not in self.markers:
                    _fail("an internal marker (unbound, null, missing) outside a frame's locals or stack")
                return _SINGLETONS[v.data]
            if code == EXT_CODE:
                return self.codes[self._index(v.data, len(self.codes), "code reference")]
            if code == EXT_PRELUDE_CODE:
                self.prelude_ref()
                return self.prelude[self._index(v.data, len(self.prelude), "prelude code reference")]
            if code == EXT_STDLIB_CODE:
                return _stdlib_code(v.data)
        if t is dict and self.version >= 2:  # a dict written in place (keys: str or bytes, by msgpack)
            if _plain(map(type, v.values())):
                return v  # (the map msgpack made: nothing else holds it)
            _fail("a dict written in place may hold only plain values")
        _fail(f"unexpected value of type {type(v).__name__}")

    def obj(self, i: int):
        """The object at index i, built on first use. Mutable objects are created empty first and
        filled by `fill_all`, so reference cycles through them are fine."""
        if self.built[i]:
            return self.objects[i]
        entry = self.raw_objects[i]
        if not _is_array(entry) or not entry or type(entry[0]) is not int:
            _fail(f"object {i} is malformed")
        kind = entry[0]
        shell = _SHELLS.get(kind)
        if shell is not None:
            self.objects[i] = shell(self, entry)
            self.built[i] = True
            return self.objects[i]
        # immutable: build from parts now (parts that are mutable come back as shells)
        if self.built[i] is None:
            _fail(f"object {i} contains itself")
        self.depth += 1
        if self.depth > 200:
            _fail("immutable values nested too deeply")
        self.built[i] = None
        self.objects[i] = self._immutable(i, kind, entry)
        self.built[i] = True
        self.depth -= 1
        return self.objects[i]

    def _immutable(self, i, kind, e):
        val = self.value
        if kind == K_EXTERNAL:  # (in the globals of every program that calls the host)
            if len(e) != 2:
                _fail("malformed external function")
            return ExternalFunction(self.external_name(_expect(e[1], str, "external function name")))
        if kind == K_TUPLE:
            items = _expect(e[1], list, "tuple")
            return tuple(items if _plain(map(type, items)) else map(val, items))
        if kind == K_FROZENSET:
            items = _expect(e[1], list, "frozenset")
            try:
                return _frozenset_of(items if _plain(map(type, items)) else list(map(val, items)))
            except TypeError:
                _fail("unhashable item in a frozenset")
        if kind == K_RANGE:
            start, stop, step = (val(x) for x in e[1:4])
            try:
                return range(start, stop, step)
            except (TypeError, ValueError) as ex:
                _fail(f"bad range: {ex}")
        if kind == K_STDLIB_OBJECT:
            if len(e) != 4:
                _fail("malformed stdlib object")
            try:
                return stdlib_objects.restore(e[1], e[2], e[3])
            except (ValueError, TypeError, KeyError, IndexError, OverflowError) as ex:
                _fail(f"bad stdlib object: {ex}")
        if kind == K_STDLIB_TYPE:
            module = e[1] if len(e) == 3 and type(e[1]) is str and type(e[2]) is str else None
            if module not in stdlib.NATIVE_FILES:
                _fail("malformed stdlib type")
            stdlib.native_factory(module)  # imports the file, which registers its kinds
            cls = stdlib_objects.KINDS.get((module, e[2]))
            if cls is None:
                _fail(f"unknown stdlib type {module}.{e[2]}")
            return cls
        if kind == K_NAMEDTUPLE:
            cls = val(e[1]) if len(e) == 3 else None
            if type(cls) is not GClass or not cls.user:
                _fail("malformed namedtuple")
            return containers.make_namedtuple(cls, tuple(val(x) for x in _expect(e[2], list, "namedtuple")))
        if kind == K_SLICE:
            return slice(*(val(x) for x in e[1:4]))
        if kind == K_TYPE:
            t = _NATIVE_TYPES.get(e[1]) if len(e) == 2 and type(e[1]) is str else None
            if t is None:
                _fail(f"unknown type {list(e[1:])!r}")
            return t
        if kind == K_CLASS:
            cls = EXC.by_name.get(e[1]) if len(e) == 2 and isinstance(e[1], str) else None
            if cls is None:
                _fail(f"unknown class {list(e[1:])!r}")
            return cls
        if kind == K_HOST_FUTURE:
            if len(e) != 4:
                _fail("malformed host future")
            future = HostFuture(_int(e[1], "host call id", 0),
                                self.external_name(_expect(e[2], str, "host function name")))
            future.awaited = _expect(e[3], bool, "host future state")
            return future
        if kind == K_STREAM:
            if len(e) != 2 or e[1] not in ("stdout", "stderr"):
                _fail("unknown stream")
            return TextStream(e[1])
        if kind == K_OBJECT:
            return object()
        if kind == K_PRELUDE_FUNCTION:
            fn = attrs.PRELUDE.get(e[1]) if len(e) == 2 and isinstance(e[1], str) else None
            if type(fn) is not Function:
                _fail(f"unknown prelude function {list(e[1:])!r}")
            return _private_copy(fn)
        if kind == K_BUILTIN:
            return self._builtin(e)
        if kind == K_NATIVE_FN:
            return _native_function(e)
        if kind == K_BOUND:
            return BoundMethod(val(e[1]), val(e[2]))
        if kind == K_ITER:
            return self._iterator(e)
        _fail(f"object {i} has unknown kind {kind}")

    def private_list(self, ref):
        """A frame's locals or stack: a fresh list of the values of the K_LIST entry `ref` names, where the
        VM's markers are allowed (anything else: the value, for the caller to refuse)."""
        j = _ref_index(ref, len(self.raw_objects))
        if j is None or j not in self.private_lists:
            return self.value(ref)
        saved, self.markers = self.markers, _MARKERS
        try:
            return [self.value(x) for x in _expect(self.raw_objects[j][1], list, "list")]
        finally:
            self.markers = saved

    def frame_values(self, items, what):
        """(version 2) A frame's locals or stack, written in place: a fresh list of their values, where the
        VM's markers are allowed."""
        if items == ():
            return []
        items = _expect(items, list, what)
        if _plain(map(type, items)):
            return list(items)
        saved, self.markers = self.markers, _MARKERS
        try:
            return [self.value(x) for x in items]
        finally:
            self.markers = saved

    def values(self, items, what) -> list:
        """A fresh list of the values of the msgpack array `items`."""
        items = _expect(items, list, what)
        return list(items) if _plain(map(type, items)) else [self.value(x) for x in items]

    def named_values(self, mapping, what) -> dict:
        """A fresh dict of the values of the msgpack map `mapping`, whose keys must be strings."""
        if type(mapping) is not dict:
            _fail(f"{what}: expected a map, got {type(mapping).__name__}")
        if not mapping:
            return {}
        value = self.value
        out = {}
        for name, v in mapping.items():
            if type(name) is not str:
                _fail(f"{what}: a key is not a string")
            out[name] = value(v)
        return out

    def external_name(self, name: str) -> str:
        """`name`, if an ExternalFunction (or a paused call) may have it: see `host_function_names`."""
        if self.external_names is not None and name not in self.external_names:
            _fail(f"the program never declared or called a host function named {name!r}")
        return name

    def _builtin(self, e):
        how = e[1] if len(e) > 1 else None
        try:
            if how == "global":
                return rt_builtins.BUILTIN_FUNCTIONS[e[2]]
            if how == "type":
                return attrs.TYPE_ATTRS[_method_owner(e[2])][e[3]]
            if how == "prelude":
                self.prelude_ref()
                b = (self.prelude_globals or {})[e[2]]
                if type(b) is not Builtin:
                    raise KeyError(e[2])
                return b
            if how == "object":
                fn = _object_method_tables()[e[2]][e[3]]
                return Builtin(e[3], fn, self.value(e[4]) if len(e) > 4 else NULL)
            if how == "stdlib":
                return Builtin(e[2], stdlib_helpers.HELPERS[e[2]])
            if how == "module":
                fn = stdlib.native_function(e[2], e[3])
                if fn is None:
                    raise KeyError(e[3])
                return Builtin(_expect(e[4], str, "function name"), fn)
            if how == "bound":
                name = _expect(e[2], str, "method name")
                b = attrs.load_attr(self.value(e[3]), name)
                if type(b) is not Builtin:
                    raise KeyError(name)
                return b
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        _fail(f"unknown builtin {list(e[1:])!r}")

    def _iterator(self, e):
        if len(e) == 4:
            factory = e[1]
            if factory == "dict":
                return self._dict_iterator(e[2], e[3])
            if factory == "set":
                return self._set_iterator(e[2], e[3])
            if factory == "odict":
                return self._odict_iterator(e[2], e[3])
        if len(e) != 4 or type(e[1]) is not str or e[1] not in _ITER_FACTORIES or not _is_array(e[2]):
            _fail("malformed iterator")
        args = [self.value(a) for a in e[2]]
        factory = e[1]
        # only the shapes monty_peg itself creates: iterators over finite native data, and map/filter
        # with a pure native function (anything else could run unbounded native work, or guest code)
        pure = set(map(id, rt_builtins._PURE_FNS)) | {id(t) for t in (str, int, float, bool, tuple, list)} \
            | set(map(id, _charged_conversions().values()))
        if factory in ("iter", "reversed"):
            ok = len(args) == 1 and type(args[0]) in _FINITE_SOURCES
        elif factory == "enumerate":
            ok = len(args) == 2 and type(args[0]) in _ITERATOR_TYPES and type(args[1]) is int
        elif factory == "zip":
            ok = all(type(a) in _ITERATOR_TYPES for a in args)
        elif factory == "changed_dict":
            ok = len(args) == 1 and args[0] in ("keys", "values", "items")
        elif factory == "changed_set":
            ok = not args
        elif factory == "changed_odict":
            ok = len(args) == 1 and args[0] in ("mutated", "size")
        elif factory == "map":
            ok = len(args) >= 2 and id(args[0]) in pure and all(type(a) in _ITERATOR_TYPES for a in args[1:])
        else:
            ok = len(args) == 2 and (args[0] is None or id(args[0]) in pure) and type(args[1]) in _ITERATOR_TYPES
        if not ok:
            _fail(f"{factory} iterator of this shape cannot be restored")
        try:
            it = _ITER_FACTORIES[e[1]](*args)
        except Exception as ex:  # noqa: BLE001 - any failure here means the bytes were wrong
            _fail(f"bad iterator: {ex}")
        state = self.value(e[3])
        if state is not None:
            self.deferred_states.append((it, state))
        return it

    def _dict_iterator(self, args, state):
        """`[K_ITER, "dict", [dict, view, position], nil]`: a new iterator over the loaded dict (the object
        everything else refers to), moved `position` items on. Iterators are built on first use, while the
        heap's containers are still empty shells, so the dict gets its keys here (`_give_keys`) and its
        values when it is filled: setting the value of a key a dict has does not disturb its iterators, and
        changing its size after the load does, as in CPython."""
        return self._tied_iterator(args, state, _DICT_ITERATOR_MAKERS, _TIED_DICT_TYPES, "dict", "a dict")

    def _steps(self, n: int, what: str):
        """Count `n` more items the iterators of this load are moved on by (see MAX_DICT_ITERATOR_STEPS)."""
        self.dict_iterator_steps += n
        if self.dict_iterator_steps > MAX_DICT_ITERATOR_STEPS:
            _fail(f"{what} iterators moved on by more than {MAX_DICT_ITERATOR_STEPS} items in all")

    def _set_iterator(self, args, state):
        """`[K_ITER, "set", [set, position, [items left]], nil]`: a new iterator over the loaded set or
        frozenset, moved `position` items on, if the items it then has left are the saved ones (by identity,
        or equal values of the same plain type); otherwise the loaded set iterates in another order (a str's
        hash differs between processes) and it is a list iterator over the saved items, as older dumps
        have it. A set is still an empty shell when its iterator is built: it gets its items here
        (`_give_items`), and its fill (`_fill_set`) leaves it as it is."""
        if not _is_array(args) or len(args) != 3 or state is not None:
            _fail("malformed set iterator")
        ref, position, rest = args
        j = _ref_index(ref, len(self.raw_objects))
        source = None if j is None else self.value(ref)
        if type(source) is set:
            self._give_items(source, self.raw_objects[j])
        elif type(source) is not frozenset:
            _fail("a set iterator must refer to a set")
        position = _int(position, "set iterator position", 0, len(source))
        rest = self.values(rest, "set iterator items")
        self._steps(len(source), "set")
        it = iter(source)
        next(islice(it, position, position), None)
        if len(rest) != len(source) - position or not all(map(_same_item, it.__reduce__()[1][0], rest)):
            return iter(rest)
        return it

    def _give_items(self, source: set, entry):
        """Fill the set `source` from its heap entry now, as `_fill_set` would, unless it has items already
        (an earlier iterator over it gave them). Items that are instances are refused: hashing them runs
        guest code, which only happens in `finish` (the dumper never ties an iterator to such a set)."""
        if source:
            return
        if len(entry) != 2:
            _fail("malformed set")
        items = _expect(entry[1], list, "set")
        if _plain(map(type, items)):
            _build_set(source, items)
            return
        items = [self.value(x) for x in items]
        if any(map(_holds_instance, items)):
            _fail("a set iterator over a set whose items are class instances")
        try:
            source.update(items)
        except TypeError:
            _fail("unhashable set item")

    def _odict_iterator(self, args, state):
        """`[K_ITER, "odict", [OrderedDict, view, position], nil]`: as `_dict_iterator`, over an
        OrderedDict (its own iterator type; setting the value of a key it has disturbs it no more than a
        dict's)."""
        return self._tied_iterator(args, state, _ODICT_ITERATOR_MAKERS, _ODICT_TYPES, "OrderedDict",
                                   "an OrderedDict")

    def _tied_iterator(self, args, state, makers, types, what, article_what):
        """The iterator `[dict or OrderedDict, view, position]` says, over the loaded container."""
        if not _is_array(args) or len(args) != 3 or state is not None:
            _fail(f"malformed {what} iterator")
        ref, view, position = args
        make = makers.get(view) if type(view) is str else None
        if make is None:
            _fail(f"unknown {what} iterator view {view!r}")
        j = _ref_index(ref, len(self.raw_objects))
        source = None if j is None else self.value(ref)
        if type(source) not in types:
            _fail(f"{article_what} iterator must refer to {article_what}")
        self._give_keys(source, self.raw_objects[j])
        position = _int(position, f"{what} iterator position", 0, len(source))
        self._steps(position, what)
        it = make(source)
        next(islice(it, position, position), None)  # moves it `position` items on, in C
        return it

    def _give_keys(self, source, entry):
        """Put the keys of the dict heap entry `entry` into its object `source` (with None for values), in
        the entry's order, unless `source` has keys already (a dict of plain values made whole in the first
        pass, or one an earlier iterator gave its keys to). The dict's fill (`_fill_dict`) later sets the
        values of the same keys, so neither its size nor its order changes. Keys that are instances are
        refused: hashing them runs guest code, which only happens in `finish` (the dumper never ties an
        iterator to such a dict)."""
        if source:
            return
        kind = entry[0]
        if kind == K_DICT and len(entry) == 2:
            items = entry[1]
        elif kind == K_COLLECTION and len(entry) == 4:
            items = entry[3]
        else:
            _fail("malformed dict")
        if type(items) is dict and self.version >= 2:  # a msgpack map: its keys are strings or bytes
            keys = list(items)
        else:
            flat = _expect(items, list, "dict")
            if len(flat) % 2:
                _fail("malformed dict")
            keys = flat[0::2]
            if not _plain(map(type, keys)):
                keys = [self.value(k) for k in keys]
                if any(map(_holds_instance, keys)):
                    _fail("a dict iterator over a dict whose keys are class instances")
        odict = type(source) is containers.OrderedDict
        setitem = containers.OrderedDict.__setitem__ if odict else dict.__setitem__
        try:
            for k in keys:
                setitem(source, k, None)
        except TypeError:
            _fail("unhashable dict key")

    def fill_all(self):
        with _no_gc():
            self.build()
        self.finish()

    def build(self):
        """Every object, except the dicts and sets whose keys are instances (`deferred_fills`) and the
        iterators' states."""
        self._build_all()

    def finish(self):
        """What `build` left: a guest __hash__/__eq__ may run (with the collector on, under a VM)."""
        for obj, pairs in self.deferred_fills:
            _insert(obj, pairs)
        for it, state in self.deferred_states:
            try:
                it.__setstate__(state)
            except Exception as ex:  # noqa: BLE001
                _fail(f"bad iterator state: {ex}")


    def _build_all(self):
        raw = self.raw_objects
        objects, built = self.objects, self.built
        shells, phase_of = _SHELLS, _FILL_PHASE.get
        phases = ([], [], [], [])  # fill order: see _CLASS_KINDS
        map_dicts = self.version >= 2
        for i, entry in enumerate(raw):  # (building one object may build later ones: see obj)
            t = type(entry)
            if (t is not tuple and t is not list) or not entry or type(entry[0]) is not int:
                _fail(f"object {i} is malformed")
            kind = entry[0]
            if not built[i]:
                if kind == K_LIST or kind == K_DICT:  # of plain values: made whole now
                    items = entry[1]
                    if type(items) is dict:  # (a map: version 2) the decoded map is the dict itself
                        if kind == K_DICT and map_dicts and _plain(map(type, items.values())):
                            objects[i] = items
                            built[i] = True
                            continue
                    elif type(items) is tuple:
                        types = set(map(type, items))
                        if kind == K_LIST and (_plain(types) or map_dicts and types == _JUST_DICTS and
                                               _plain_dicts(items)):  # (dicts written in place)
                            objects[i] = list(items)
                            built[i] = True
                            continue
                        if kind == K_DICT and _plain(types) and not len(items) % 2:
                            objects[i] = dict(zip(items[0::2], items[1::2]))
                            built[i] = True
                            continue
                shell = shells.get(kind)
                if shell is None:
                    self.obj(i)
                else:
                    objects[i] = shell(self, entry)
                    built[i] = True
            p = phase_of(kind)
            if p is not None:
                phases[p].append(i)
        fillers = _FILLERS
        classes = phases[0]
        if classes:
            for i in classes:
                fillers[K_USER_CLASS](self, objects[i], raw[i])
            visiting = set()
            for i in classes:
                _finish_class(objects[i], visiting)
        if self.version == 1:
            # a frame's locals and stack are its own lists, decoded by _fill_frame (they may hold the VM's
            # markers): those heap lists are not filled as lists
            private = self.private_lists = set()
            for i in phases[3]:
                entry = raw[i]
                if entry[0] == K_FRAME and len(entry) > 4:
                    for ref in (entry[3], entry[4]):
                        j = _ref_index(ref, len(raw))
                        if j is not None and raw[j][0] == K_LIST:
                            private.add(j)
            for indices in phases[1:]:
                for i in indices:
                    if i not in private:
                        entry = raw[i]
                        fillers[entry[0]](self, objects[i], entry)
            return
        for indices in phases[1:]:
            for i in indices:
                entry = raw[i]
                fillers[entry[0]](self, objects[i], entry)


class ProgramDecoder(Decoder):
    def __init__(self, doc: dict):
        prelude_match = doc.get("prelude") == prelude_fingerprint()  # (checked where a dump refers to it)
        self.filename = _expect(doc.get("filename"), str, "filename")
        self.source = Source(self.filename, _expect(doc.get("source"), str, "source"))
        raw_codes = _expect(doc.get("codes"), list, "codes")
        if not raw_codes:
            _fail("no code objects")
        super().__init__([None] * len(raw_codes), [])
        self.prelude_match = prelude_match
        self._decode_codes(raw_codes)


def _stdlib_code(data: bytes) -> Code:
    if len(data) < 13 or len(data) > 100:
        _fail("malformed stdlib code reference")
    position = struct.unpack(">I", data[:4])[0]
    try:
        name = data[12:].decode("ascii")
    except UnicodeDecodeError:
        _fail("malformed stdlib code reference")
    if not stdlib.exists(name):
        _fail(f"unknown module {name!r}")
    code = stdlib.code_at(name, position, data[4:12])
    if code is None:
        _fail(f"module {name!r} differs from the one this dump was made with")
    return code


def _ref_index(ref, n: int):
    """The heap index a raw reference names, or None if it is not a valid reference."""
    if _is_array(ref) and len(ref) == 1 and type(ref[0]) is int and 0 <= ref[0] < n:
        return ref[0]
    return None


def _shell_list(d, e):
    return []


def _shell_dict(d, e):
    return {}


def _shell_set(d, e):
    return set()


def _shell_bytearray(d, e):
    return bytearray(_expect(e[1], bytes, "bytearray"))


def _shell_cell(d, e):
    return Cell()


def _shell_function(d, e):
    if len(e) != 10:
        _fail("malformed function")
    code = d.value(e[1])
    if type(code) is not Code:
        _fail("function without code")
    if id(code) in d.prelude_ids:  # prelude functions are saved by name (K_PRELUDE_FUNCTION), never like this
        _fail("a guest function with prelude code")
    return Function(code, {})


def _shell_generator(d, e):
    if len(e) not in (9, 10) or len(e) == 10 and e[9] != "coroutine":
        _fail("malformed generator")
    kind = Coroutine if len(e) == 10 else Generator
    return kind(None, _expect(e[2], str, "generator name"), _expect(e[3], str, "generator qualname"))


def _shell_frame(d, e):
    if len(e) not in (9, 11):  # 9: dumps made before classes
        _fail("malformed frame")
    code = d.value(e[1])
    if type(code) is not Code:
        _fail("frame without code")
    _int(e[2], "frame pc", 0, len(code.instrs))
    return Frame(code, None, None)  # (its locals and globals: see _fill_frame)


def _shell_module(d, e):
    if len(e) != 3:
        _fail("malformed module")
    return Module(_expect(e[1], str, "module name"), {})


def _shell_user_class(d, e):
    if len(e) != 6:
        _fail("malformed class")
    cls = GClass.__new__(GClass)
    cls.name = _expect(e[1], str, "class name")
    cls.qualname = _expect(e[2], str, "class qualname")
    cls.module = _expect(e[3], str, "class module")
    cls.native, cls.user, cls._serial, cls.mro, cls.exception = None, True, None, None, False
    cls.bases, cls.dict = (), {}
    return cls


def _fill_user_class(d, cls, e):
    bases = tuple(d.value(b) for b in _expect(e[4], list, "class bases"))
    namespace = d.value(e[5])
    if not all(type(b) is GClass for b in bases) or type(namespace) is not dict:
        _fail("malformed class")
    cls.bases, cls.dict = bases, namespace


def _finish_class(cls, visiting: set):
    """Compute a loaded class's MRO once its bases have theirs (bases form a DAG in any real dump)."""
    if cls.mro is not None:
        return
    if id(cls) in visiting:
        _fail("class inherits from itself")
    visiting.add(id(cls))
    for b in cls.bases:
        _finish_class(b, visiting)
    try:
        cls.mro = (cls,) + (c3_merge([list(b.mro) for b in cls.bases] + [list(cls.bases)])
                            if len(cls.bases) > 1 else (cls.bases[0].mro if cls.bases else ()))
    except MroError:
        _fail("class has no consistent MRO")
    cls.exception = any(b.exception for b in cls.bases)


def _shell_instance(d, e):
    if len(e) != 3:
        _fail("malformed instance")
    return Instance(None)


def _fill_instance(d, obj, e):
    cls, namespace = d.value(e[1]), d.value(e[2])
    if type(cls) is not GClass or not cls.user or cls.exception or type(namespace) is not dict:
        _fail("malformed instance")
    obj.cls, obj.dict = cls, namespace


def _shell_property(d, e):
    if len(e) != 5:
        _fail("malformed property")
    return Property()


def _fill_property(d, obj, e):
    obj.fget, obj.fset, obj.fdel, obj.doc = (d.value(x) for x in e[1:5])


def _shell_wrapper(kind):
    def shell(d, e):
        if len(e) != 2:
            _fail("malformed method wrapper")
        return kind(None)

    return shell


def _fill_wrapper(d, obj, e):
    obj.func = d.value(e[1])


def _shell_super(d, e):
    if len(e) != 3:
        _fail("malformed super")
    return Super(None, None)


def _fill_super(d, obj, e):
    cls = d.value(e[1])
    if type(cls) is not GClass:
        _fail("malformed super")
    obj.cls, obj.obj = cls, d.value(e[2])


def _shell_exception(d, e):
    if len(e) != 9:
        _fail("malformed exception")
    return ExcInstance(EXC.Exception, ())


def _shell_collection(d, e):
    if len(e) != 4 or e[1] not in containers.TYPES_BY_NAME:
        _fail("malformed collection")
    if e[1] == "deque":
        maxlen = e[2]
        if maxlen is not None and (type(maxlen) is not int or not 0 <= maxlen < 1 << 62):
            _fail("malformed deque")
        return containers.deque((), maxlen)
    if e[1] != "defaultdict" and e[2] is not None:
        _fail("malformed collection")
    return containers.TYPES_BY_NAME[e[1]]()


def _fill_collection(d, obj, e):
    if type(obj) is containers.deque:
        items = [d.value(x) for x in _expect(e[3], list, "deque")]
        if obj.maxlen is not None and len(items) > obj.maxlen:
            _fail("deque longer than its maxlen")
        obj.extend(items)
        return
    if type(obj) is containers.defaultdict:
        obj.default_factory = d.value(e[2])
    _fill_dict(d, obj, (K_DICT, e[3]))


_SHELLS = {K_LIST: _shell_list, K_DICT: _shell_dict, K_SET: _shell_set, K_BYTEARRAY: _shell_bytearray,
           K_CELL: _shell_cell, K_FUNCTION: _shell_function, K_GENERATOR: _shell_generator,
           K_FRAME: _shell_frame, K_MODULE: _shell_module, K_EXCEPTION: _shell_exception,
           K_USER_CLASS: _shell_user_class, K_INSTANCE: _shell_instance, K_PROPERTY: _shell_property,
           K_CLASSMETHOD: _shell_wrapper(ClassMethod), K_STATICMETHOD: _shell_wrapper(StaticMethod),
           K_SUPER: _shell_super, K_COLLECTION: _shell_collection}


def _fill_list(d, obj, e):
    items = _expect(e[1], list, "list")
    types = set(map(type, items))
    if _plain(types):
        obj.extend(items)
    elif types == _JUST_DICTS and d.version >= 2 and _plain_dicts(items):
        obj.extend(items)  # dicts of plain values written in place (see Decoder.value)
    else:
        obj.extend(map(d.value, items))


_JUST_DICTS = {dict}


def _plain_dicts(dicts) -> bool:
    """Whether every value of these dicts (msgpack maps: their keys are str or bytes) is plain, in one pass
    over all of them."""
    return _plain(map(type, chain.from_iterable(map(dict.values, dicts))))


def _fill_dict(d, obj, e):
    if type(e[1]) is dict and d.version >= 2:  # a msgpack map: its keys are strings or bytes
        if type(obj) is dict:
            obj.update(zip(e[1], map(d.value, e[1].values())))
        else:
            _insert(obj, list(zip(e[1], map(d.value, e[1].values()))))
        return
    flat = _expect(e[1], list, "dict")
    if len(flat) % 2:
        _fail("malformed dict")
    if type(obj) is dict:  # (a collection's dict may have its own update)
        keys = flat[0::2]
        if _plain(map(type, keys)):  # plain keys are all hashable, and hashing them runs no guest code
            values = flat[1::2]
            obj.update(zip(keys, values if _plain(map(type, values)) else map(d.value, values)))
            return
    value = d.value
    pairs = [(value(flat[j]), value(flat[j + 1])) for j in range(0, len(flat), 2)]
    if any(_holds_instance(k) for k, _ in pairs):
        d.deferred_fills.append((obj, pairs))  # hashing runs guest code: once everything else is built
    else:
        _insert(obj, pairs)


def _fill_set(d, obj, e):
    if obj:  # filled already, by an iterator over it (Decoder._give_items): its order must stay
        return
    items = _expect(e[1], list, "set")
    if _plain(map(type, items)):
        _build_set(obj, items)
        return
    items = [(d.value(x), None) for x in items]
    if any(_holds_instance(k) for k, _ in items):
        d.deferred_fills.append((obj, items))
    else:
        _insert(obj, items)


def _build_set(obj: set, items):
    """Fill the empty set `obj` with the plain `items`, in the order `insertion_order` saved them."""
    obj.update(items)
    merge = merge_instead(obj, items)
    if merge is not None:
        obj.clear()
        merge(obj, list(items))  # (made again the way the set was made: its table, so its order)


def _same_item(a, b) -> bool:
    """Whether a loaded set's item `a` is the saved item `b`: the same object, or (plain values, which are
    decoded once per place they are written) equal values of the same type. Runs no guest code."""
    if a is b:
        return True
    t = type(a)
    return t is type(b) and t in _PLAIN and (a == b or a != a and b != b)


def _insert(obj, pairs):
    try:
        if isinstance(obj, dict):  # (and collections' dicts)
            for k, v in pairs:
                obj[k] = v
        else:
            obj.update(k for k, _ in pairs)
    except TypeError:
        _fail("unhashable dict key or set item")


def _holds_instance(key, depth=0) -> bool:
    """Whether hashing `key` may run a guest `__hash__`/`__eq__` (an instance, or a tuple holding one)."""
    t = type(key)
    if t is Instance:
        return True
    if (t is tuple or t is containers.NamedTupleValue) and depth < 50:
        return any(_holds_instance(x, depth + 1) for x in key)
    return False


def _fill_cell(d, obj, e):
    d.markers = _UNBOUND_ONLY  # an empty cell
    try:
        obj.v = d.value(e[1])
    finally:
        d.markers = _NO_MARKERS


def _fill_function(d, fn, e):
    globals_ = d.value(e[2])
    defaults = d.value(e[3])
    kwdefaults = d.value(e[4])
    closure = d.value(e[5])
    if type(globals_) is not dict or type(defaults) is not tuple or not (kwdefaults is None or type(kwdefaults) is dict) \
            or type(closure) is not tuple or len(closure) != len(fn.code.freevars) \
            or not all(type(c) is Cell for c in closure):
        _fail("malformed function fields")
    fn.globals, fn.defaults, fn.kwdefaults, fn.closure = globals_, defaults, kwdefaults, closure
    fn.name = _expect(e[6], str, "function name")
    fn.qualname = _expect(e[7], str, "function qualname")
    fn.doc = d.value(e[8])
    fn.attrs = d.value(e[9])
    if fn.attrs is not None and type(fn.attrs) is not dict:
        _fail("malformed function attributes")


def _fill_generator(d, gen, e):
    frame = d.value(e[1])
    if frame is not None and type(frame) is not Frame:
        _fail("generator without a frame")
    gen.frame = frame
    gen.running, gen.finished, gen.started = (_expect(x, bool, "generator state") for x in e[4:7])
    d.markers = _MISSING_ONLY  # next() without a default
    try:
        gen.next_default = d.value(e[7])
    finally:
        d.markers = _NO_MARKERS
    gen.exc_state = d.value(e[8])


def _fill_frame(d, f, e):
    code = f.code
    f.pc = e[2]
    if d.version == 1:  # references to lists of the heap
        locs, stack, cells = d.private_list(e[3]), d.private_list(e[4]), d.value(e[5])
    else:  # written in place
        locs, stack = d.frame_values(e[3], "frame locals"), d.frame_values(e[4], "frame stack")
        cells = None if e[5] is None else d.values(e[5], "frame cells")
    # The prelude's globals are shared by every run in the process: only the prelude's own code may run
    # with them (it never assigns a global), and prelude code runs with nothing else.
    prelude_code = id(code) in d.prelude_ids
    if type(e[6]) is msgpack.ExtType and e[6] == (EXT_SINGLETON, b"P"):
        if not prelude_code or d.prelude_globals is None:
            _fail("a guest frame with the prelude's globals")
        globals_ = d.prelude_globals
    else:
        globals_ = d.value(e[6])
        if prelude_code:
            _fail("a prelude frame without the prelude's globals")
    if type(locs) is not list or len(locs) != code.nlocals:
        _fail(f"frame locals do not match its code {code.qualname!r} "
              f"({len(locs) if type(locs) is list else type(locs).__name__} for {code.nlocals})")
    if type(stack) is not list or len(stack) > 100_000:
        _fail("malformed frame stack")
    if code.ncells:
        if type(cells) is not list or len(cells) != code.ncells or not all(type(c) is Cell for c in cells):
            _fail("frame cells do not match its code")
    elif cells is not None:
        _fail("frame has cells its code does not use")
    if type(globals_) is not dict:
        _fail("frame globals are not a dict")
    value = d.value
    gen = None if e[7] is None else value(e[7])  # (nil is by far the most common: not looked at further)
    if gen is not None:
        if type(gen) is not Generator and type(gen) is not Coroutine:
            _fail("frame generator is not a generator")
        if not code.flags & GENERATOR:  # (the VM gives only a generator's or coroutine's frame one)
            _fail("a frame whose code is not a generator's has a generator")
    # locals and stack are fresh lists (private_list): in a forged dump the same list entry could also be
    # another frame's stack, the frame list itself, or a list the guest holds
    f.locals, f.stack, f.cells, f.globals, f.gen = locs, stack, cells and list(cells), globals_, gen
    f.exc_saved = None if e[8] is None else value(e[8])
    if len(e) == 11:
        ns, on_return = (None if e[9] is None else value(e[9])), (None if e[10] is None else value(e[10]))
        if ns is not None and (type(ns) is not dict or not code.flags & CLASS_BODY):
            _fail("frame namespace does not match its code")
        if on_return is not None and not _valid_continuation(on_return, len(code.instrs)):
            _fail("malformed frame continuation")
        f.ns, f.on_return = ns, on_return


_CONTINUATIONS = {"discard": 1, "push_null": 1, "not": 1, "jump_if_false": 2, "jump_if_true": 2, "or_pop": 3}


def _valid_continuation(c, n_instrs: int) -> bool:
    """The continuations the VM itself creates for guest calls made by an instruction."""
    if type(c) is not tuple or not c or _CONTINUATIONS.get(c[0]) != len(c):
        return False
    if len(c) >= 2 and (type(c[1]) is not int or not 0 <= c[1] < n_instrs):
        return False
    return len(c) < 3 or type(c[2]) is bool


def _fill_module(d, m, e):
    attrs_ = d.value(e[2])
    if type(attrs_) is not dict:
        _fail("module attributes are not a dict")
    m.attrs = attrs_


def _fill_exception(d, exc, e):
    cls = d.value(e[1])
    args = d.value(e[2])
    if type(cls) is not GClass or not cls.exception or type(args) is not tuple:
        _fail("malformed exception")
    exc.cls, exc.args = cls, args
    exc.cause, exc.context = d.value(e[3]), d.value(e[4])
    for linked in (exc.cause, exc.context):
        if linked is not None and type(linked) is not ExcInstance:
            _fail("exception chain contains a non-exception")
    exc.suppress_context = _expect(e[5], bool, "suppress_context")
    tb = []
    for item in _expect(e[6], list, "traceback"):
        if not _is_array(item) or len(item) != 2:
            _fail("malformed traceback entry")
        code = d.value(item[0])
        if type(code) is not Code:
            _fail("traceback entry without code")
        tb.append((code, _int(item[1], "traceback pc", -1, len(code.instrs))))
    exc.tb = tb
    exc.attrs = d.value(e[7])
    exc.text = d.value(e[8])
    if exc.attrs is not None and type(exc.attrs) is not dict or exc.text is not None and type(exc.text) is not str:
        _fail("malformed exception fields")


# fill order: classes (then their MROs), the objects whose class must be known before anything hashes
# them, containers, and last the structures that check their parts
_CLASS_KINDS = frozenset({K_USER_CLASS})
_OBJECT_KINDS = frozenset({K_INSTANCE, K_PROPERTY, K_CLASSMETHOD, K_STATICMETHOD, K_SUPER})
_CONTAINER_KINDS = frozenset({K_LIST, K_DICT, K_SET, K_CELL, K_MODULE, K_COLLECTION})
_STRUCTURE_KINDS = frozenset({K_FUNCTION, K_GENERATOR, K_FRAME, K_EXCEPTION})
_FILL_PHASE = {k: p for p, kinds in enumerate((_CLASS_KINDS, _OBJECT_KINDS, _CONTAINER_KINDS, _STRUCTURE_KINDS))
               for k in kinds}
_FILLERS = {K_LIST: _fill_list, K_DICT: _fill_dict, K_SET: _fill_set, K_CELL: _fill_cell,
            K_FUNCTION: _fill_function, K_GENERATOR: _fill_generator, K_FRAME: _fill_frame,
            K_MODULE: _fill_module, K_EXCEPTION: _fill_exception, K_USER_CLASS: _fill_user_class,
            K_INSTANCE: _fill_instance, K_PROPERTY: _fill_property, K_CLASSMETHOD: _fill_wrapper,
            K_STATICMETHOD: _fill_wrapper, K_SUPER: _fill_super, K_COLLECTION: _fill_collection}


_PROGRAMS: Dict[bytes, tuple] = {}  # a program dump -> (module code, meta, codes, ...): see _load_program
_PROGRAM_CACHE_SIZE = 64


def load_program(data: bytes):
    """(module code, meta, all code objects) from a program dump. Decoded programs are cached by their
    bytes: loading the same program again (every snapshot of it embeds it) costs hashing and comparing
    them (cheaper than a digest, and exact)."""
    return _load_program(data)[:3]


def _load_program(data: bytes):
    """`load_program`'s result, and the names its host functions may have (`host_function_names`)."""
    key = _cache_key(data)
    cached = _PROGRAMS.get(key) if key is not None else None
    if cached is not None:
        return cached
    doc, _ = unpack(data, b"P")  # (versions 1 and 2 write programs alike)
    with _no_gc():
        d = ProgramDecoder(doc)
    meta = doc.get("meta")
    if not isinstance(meta, dict) or type(meta.get("script_name")) is not str:
        _fail("missing program metadata")
    for field in ("inputs", "external_functions"):
        names = meta.get(field)
        if not _is_array(names) or not all(type(n) is str for n in names):
            _fail(f"bad program metadata: {field} must be a list of names")
    result = (d.codes[0], meta, d.codes, host_function_names(meta, d.codes), d.prelude_match)
    if key is not None:
        if len(_PROGRAMS) >= _PROGRAM_CACHE_SIZE:
            _PROGRAMS.pop(next(iter(_PROGRAMS)))
        _PROGRAMS[key] = result
    return result


def _cache_key(data):
    """What a program dump is cached by: its bytes (None for what is not bytes, which the loader refuses)."""
    if type(data) is bytes:
        return data
    return bytes(data) if isinstance(data, (bytes, bytearray, memoryview)) else None


_JUST_FRAMES = {Frame}
LOAD_GUEST_SECONDS = 2.0  # at most this much guest code (a class's __hash__/__eq__) runs while loading


def load_execution(data: bytes, make_vm=None, limits: ResourceLimits = None):
    """(module code, meta, state dict, program bytes) from a snapshot dump; the state holds live objects.

    The execution's limits are `limits` (the host's) when given; otherwise the limits saved in the dump,
    each no looser than the default (`untrusted_limits`): the bytes cannot raise or remove a limit. The
    memory limit also bounds what decoding the heap may allocate (`read_heap`).

    `make_vm(tracker)` gives the VM that will resume the execution: rebuilding a dict or set keyed by
    instances whose class defines `__hash__` or `__eq__` runs those guest methods, under its limits (and
    for at most LOAD_GUEST_SECONDS)."""
    doc, version = unpack(data, b"S")
    program_bytes = _expect(doc.get("program"), bytes, "embedded program")
    code, meta, codes, host_names, prelude_match = _load_program(program_bytes)
    root = doc.get("root")
    if not isinstance(root, dict):
        _fail("missing snapshot state")
    tracker = _load_tracker(root, limits)
    enabled = gc.isenabled()
    gc.disable()  # see _no_gc: no guest code runs until the collector is back
    try:
        d = Decoder(codes, read_heap(doc.get("objects", ()), tracker.limits.max_memory))
        d.version = version
        d.external_names = host_names
        d.prelude_match = prelude_match
        d.build()
    finally:
        if enabled:
            gc.enable()
    vm = make_vm(tracker) if make_vm is not None else None
    if vm is None or not d.deferred_fills:
        d.finish()
    else:  # hashing instances runs their class's __hash__/__eq__: guest code, under the VM and its limits
        chosen = tracker.limits
        cap = tracker.elapsed + LOAD_GUEST_SECONDS
        if chosen.max_duration_secs is None or chosen.max_duration_secs > cap:
            tracker.limits = replace(chosen, max_duration_secs=cap)
        try:
            vm.run_native(d.finish)
        except SnapshotInvalid:
            raise
        except Exception as e:  # noqa: BLE001 - a guest __hash__/__eq__ failing or hitting a limit
            _fail(f"rebuilding a dict or set ran guest code that failed: {e}")
        finally:
            tracker.limits = chosen
    if version == 1:  # the call stack, module table, pending arguments and extra state are heap objects
        if _ref_index(root.get("frames"), len(d.raw_objects)) in d.private_lists:
            _fail("the call stack is also a frame's locals or stack")
        frames, modules, extra = d.value(root.get("frames")), d.value(root.get("modules")), d.value(root.get("extra"))
        frames = list(frames) if type(frames) is list else frames  # the VM's own list
    else:  # written in place (a fresh list)
        frames = d.values(root.get("frames"), "frames")
        modules, extra = root.get("modules"), root.get("extra")
        # (usually empty maps: then the fresh dicts msgpack made are the values)
        modules = modules if modules == {} else d.named_values(modules, "modules")
        extra = extra if extra == {} else d.named_values(extra, "extra")
    if type(frames) is not list or set(map(type, frames)) != _JUST_FRAMES:  # (and not empty)
        _fail("snapshot has no valid frames")
    if len(set(map(id, frames))) != len(frames):
        _fail("a frame is on the call stack twice")
    globals_ = d.value(root.get("globals"))
    if type(globals_) is not dict or type(modules) is not dict:
        _fail("malformed snapshot namespaces")
    for name, m in modules.items():
        if type(name) is not str or type(m) is not Module:
            _fail("malformed module table")
    exc_info = root.get("exc_info")
    exc_info = None if exc_info is None else d.value(exc_info)
    if exc_info is not None and type(exc_info) is not ExcInstance:
        _fail("malformed exception state")
    pending = root.get("pending")
    if pending is not None:
        if not _is_array(pending) or len(pending) != 4:
            _fail("malformed pending call")
        kind, name, raw_args, raw_kwargs = pending
        if kind not in ("call", "lookup", "futures") or type(name) is not str:
            _fail("malformed pending call")
        if kind != "futures":  # "futures": waiting for host calls answered future=True (ids in args)
            d.external_name(name)
        if kind == "lookup" and frames[-1].globals is d.prelude_globals:
            _fail("a name lookup paused in a prelude frame")  # resume() would bind the name there
        if version == 1:
            args, kwargs = d.value(raw_args), d.value(raw_kwargs)
        else:
            if not _is_array(raw_args) or type(raw_kwargs) is not dict:
                _fail("malformed pending call arguments")
            args = d.values(raw_args, "pending call arguments")
            kwargs = raw_kwargs if raw_kwargs == {} else d.named_values(raw_kwargs, "pending call keywords")
        if type(args) is not list or type(kwargs) is not dict:
            _fail("malformed pending call arguments")
        if kind == "futures" and (not args or not all(type(i) is int for i in args)):
            _fail("malformed pending host calls")
        pending = (kind, name, tuple(args), kwargs)
    if type(extra) is not dict:
        _fail("malformed extra state")
    state = {
        "frames": frames, "globals": globals_, "modules": modules, "exc_info": exc_info, "pending": pending,
        "next_call_id": _int(root.get("next_call_id"), "next call id", 0),
        "lookup_names": _expect(root.get("lookup_names"), bool, "lookup_names"),
        "tracker": tracker, "extra": extra, "vm": vm,
    }
    return code, meta, state, program_bytes


_LIMIT_FIELDS = ("max_duration_secs", "max_memory", "max_allocations", "max_recursion_depth", "max_steps",
                 "max_output_bytes")  # the order of `limits` in a dump


UNTRUSTED_EXTRA_SECONDS = 1.0  # how long a snapshot loaded without the host's limits may run on
_DEFAULT_LIMIT_VALUES = tuple(getattr(ResourceLimits(), name) for name in _LIMIT_FIELDS)
_DEFAULT_LIMITS_BUT_DURATION = _DEFAULT_LIMIT_VALUES[1:]


def untrusted_limits(saved: ResourceLimits, elapsed: float = 0.0) -> ResourceLimits:
    """The limits of a loaded snapshot that the host gave none for: each the tighter of the saved one and
    the default, so bytes from anywhere can lower a limit but never raise or remove one; and at most
    UNTRUSTED_EXTRA_SECONDS more run time than the saved clock shows, since a forged dump could otherwise
    carry "no time limit" into a host that forgot to pass its own."""
    return _untrusted_limits([getattr(saved, name) for name in _LIMIT_FIELDS], elapsed)


def _untrusted_limits(saved: list, elapsed: float) -> ResourceLimits:
    """`untrusted_limits` of the saved values, in `_LIMIT_FIELDS` order."""
    if saved[1:] == _DEFAULT_LIMITS_BUT_DURATION and _DEFAULT_LIMIT_VALUES[0] is None:  # (the usual case)
        duration, cap = saved[0], elapsed + UNTRUSTED_EXTRA_SECONDS
        return ResourceLimits(cap if duration is None else min(duration, cap), *_DEFAULT_LIMITS_BUT_DURATION)
    chosen = []
    for mine, floor in zip(saved, _DEFAULT_LIMIT_VALUES):
        chosen.append(floor if mine is None else mine if floor is None else min(mine, floor))
    cap = elapsed + UNTRUSTED_EXTRA_SECONDS
    duration = chosen[0]  # max_duration_secs
    chosen[0] = cap if duration is None else min(duration, cap)
    return ResourceLimits(*chosen)


_INF = math.inf


def _finite(x) -> bool:
    return type(x) is int or type(x) is float and math.isfinite(x)


def _load_tracker(root: dict, limits: ResourceLimits = None) -> Tracker:
    """The execution's tracker: its counters from the dump, and `limits` (the host's) or, when None, the
    saved ones made no looser than the default (`untrusted_limits`)."""
    tracker_state = _expect(root.get("tracker"), list, "tracker")
    limit_values = _expect(root.get("limits"), list, "limits")
    if len(tracker_state) not in (3, 4) or len(limit_values) != 6:  # (dumps before allocations were kept: 3)
        _fail("malformed limits")
    for x in limit_values:  # None, or a finite number >= 0 (NaN fails both comparisons)
        if x is not None and not (type(x) is int and x >= 0 or type(x) is float and 0.0 <= x < _INF):
            _fail("malformed limit value")
    steps, elapsed, output_bytes = tracker_state[0], tracker_state[1], tracker_state[2]
    allocations = tracker_state[3] if len(tracker_state) == 4 else 0
    if not (type(steps) is int and steps >= 0 and type(output_bytes) is int and output_bytes >= 0 and
            type(allocations) is int and allocations >= 0 and
            (type(elapsed) is float or type(elapsed) is int) and 0 <= elapsed < _INF):
        _refuse_counters(tracker_state)
    elapsed = float(elapsed)
    return Tracker(limits if limits is not None else _untrusted_limits(limit_values, elapsed), steps=steps,
                   elapsed=elapsed, output_bytes=output_bytes, allocations=allocations)


def _refuse_counters(tracker_state):
    """Fail for the first of a dump's counters that is not a non-negative int (or, for the elapsed time,
    a finite, non-negative number of seconds), saying why."""
    for x, what in zip(tracker_state, ("steps", "elapsed", "output bytes", "allocations")):
        if type(x) is not int or x < 0:  # (the elapsed time is usually a float)
            if what != "elapsed":
                _int(x, what, 0)  # fails, saying why
            elif not isinstance(x, (int, float)) or not _finite(x) or x < 0:
                _expect(x, (int, float), "elapsed")
                _fail(f"elapsed time {x!r} is not a finite, non-negative number of seconds")
    _fail("malformed tracker state")
