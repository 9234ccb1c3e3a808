"""Crossing the host boundary: which host values may enter the sandbox, and what guest values look like
to the host. Types are checked exactly (no subclasses), containers are copied, and nothing with behaviour
crosses in either direction."""

from __future__ import annotations

from monty_peg.runtime import containers
from monty_peg.runtime.values import ExcInstance, Instance, type_name

_SCALARS = (type(None), bool, int, float, str, bytes)
_MAX_DEPTH = 10_000


class GuestObject:
    """What the host receives for a guest value that is not plain data (a function, a generator...)."""

    __slots__ = ("type_name", "repr")

    def __init__(self, type_name: str, repr_: str):
        self.type_name = type_name
        self.repr = repr_

    def __repr__(self):
        return self.repr

    def __eq__(self, other):
        return isinstance(other, GuestObject) and (self.type_name, self.repr) == (other.type_name, other.repr)

    def __hash__(self):
        return hash((self.type_name, self.repr))


class GuestInstance:
    """What the host receives for an instance of a class the program defined: the class's name and a
    host copy of the instance's attributes (for a dataclass, its fields in order). Nothing in it runs
    guest code: its repr is built from the copied data, like a dataclass's."""

    __slots__ = ("class_name", "attributes", "is_dataclass")

    def __init__(self, class_name: str, attributes: dict, is_dataclass: bool):
        self.class_name = class_name
        self.attributes = attributes
        self.is_dataclass = is_dataclass

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.attributes.items())
        return f"{self.class_name}({inner})"

    def __eq__(self, other):
        return isinstance(other, GuestInstance) and (self.class_name, self.attributes, self.is_dataclass) == (
            other.class_name, other.attributes, other.is_dataclass)

    __hash__ = None


class _Unsupported(Exception):
    pass


def to_guest(value, path: str, error):
    """A copy of a host value for guest code; `error(message)` names the first value not allowed.

    Flat containers of scalars are copied at C speed; the path of a bad value is worked out only when
    there is one. Shared and self-referencing containers stay shared in the copy."""
    if type(value) in _SCALAR_TYPES:
        return value
    try:
        return _in(value, {})
    except _Unsupported:
        raise error(_bad_path(value, path)) from None
    except RecursionError:
        raise error(f"{path}: nested too deeply") from None


_SCALAR_TYPES = frozenset(_SCALARS)
_all_scalars = _SCALAR_TYPES.issuperset


def _in(value, memo):
    t = type(value)
    if t in _SCALAR_TYPES:
        return value
    if t is list:
        if id(value) in memo:
            return memo[id(value)]
        if _all_scalars(map(type, value)):
            out = memo[id(value)] = value.copy()
            return out
        out = memo[id(value)] = []
        out.extend([v if type(v) in _SCALAR_TYPES else _in(v, memo) for v in value])
        return out
    if t is dict:
        if id(value) in memo:
            return memo[id(value)]
        plain_keys = _all_scalars(map(type, value))
        if plain_keys and _all_scalars(map(type, value.values())):
            out = memo[id(value)] = value.copy()
            return out
        out = memo[id(value)] = {}
        if plain_keys:  # (the usual record: str keys, some values containers)
            for k, v in value.items():
                out[k] = v if type(v) in _SCALAR_TYPES else _in(v, memo)
        else:
            for k, v in value.items():
                out[_in(k, memo)] = _in(v, memo)
        return out
    if t is tuple:
        if _all_scalars(map(type, value)):
            return value
        return tuple([_in(v, memo) for v in value])
    if t is set or t is frozenset:
        items = [_in(v, memo) for v in value]
        if all(a is b for a, b in zip(items, value)):
            return value.copy()  # copies the table as it is: the same iteration order
        return t(items)
    raise _Unsupported


def _bad_path(value, path: str) -> str:
    """Where the first unsupported value sits, e.g. `inputs['records'][3]['when']: datetime is ...`."""
    stack = [(value, path)]
    seen = set()
    while stack:
        v, p = stack.pop()
        t = type(v)
        if t in _SCALAR_TYPES:
            continue
        if t in (list, tuple):
            if id(v) in seen:
                continue
            seen.add(id(v))
            stack.extend((x, f"{p}[{i}]") for i, x in reversed(list(enumerate(v))))
        elif t is dict:
            if id(v) in seen:
                continue
            seen.add(id(v))
            items = list(v.items())
            stack.extend((x, f"{p}[{k!r}]") for k, x in reversed(items))
            stack.extend((k, f"{p} key {k!r}") for k, _ in reversed(items))
        elif t in (set, frozenset):
            stack.extend((x, f"{p} item") for x in v)
        else:
            return f"{p}: {t.__name__} is not a supported input type"
    return f"{path}: not a supported input type"


_AS_DICT = frozenset(containers.DICT_TYPES)
_JUST_DICTS = {dict}


def _flat_copies(dicts: list, memo: dict):
    """Host copies of a list of dicts (the usual argument of a host call: records) when every key and value
    is a scalar, made as `_out` makes them, without a call per dict: one copy per distinct dict (a dict the
    guest holds twice is one copy held twice), or the copy the value seen so far made of it. None when a
    dict is not flat (the copies made so far are in `memo`, as `_out` would have made them)."""
    out = []
    for d in dicts:
        copy = memo.get(id(d))
        if copy is None:
            if not (_all_scalars(map(type, d)) and _all_scalars(map(type, d.values()))):
                return None
            copy = memo[id(d)] = d.copy()
        out.append(copy)
    return out


_FINISHED = object()  # a memo key: the value is a finished run's result


def to_host(value, finished: bool = False):
    """A host copy of a guest value. `finished`: the value is the result of a run that has ended, so no
    guest code can touch it again: a set of plain values is then handed over as it is, because a copy of a
    set can iterate in another order than the set the guest built (a copy's hash table may be smaller) and
    the host should see what the guest saw. Values that cross while the guest still runs (host call
    arguments) are always copied."""
    t = type(value)
    if t in _SCALAR_TYPES:
        return value
    if t is list:  # (the usual arguments of a host call: a list of scalars, or of records)
        types = set(map(type, value))
        if _all_scalars(types):
            return value.copy()
        copies = _flat_copies(value, {}) if types == _JUST_DICTS else None
        if copies is not None:
            return copies
    try:
        return _out(value, {_FINISHED: True} if finished else {}, 0)
    except RecursionError:
        return GuestObject(type_name(value), "<nested too deeply>")


def _out(value, memo, depth):
    t = type(value)
    if t in _SCALAR_TYPES:
        return value
    if depth > _MAX_DEPTH:
        return GuestObject(type_name(value), "<nested too deeply>")
    if id(value) in memo:
        return memo[id(value)]
    if t is list:
        types = set(map(type, value))
        if _all_scalars(types):
            out = memo[id(value)] = value.copy()
            return out
        out = []
        memo[id(value)] = out
        copies = _flat_copies(value, memo) if types == _JUST_DICTS else None
        if copies is not None:
            out.extend(copies)
        else:
            out.extend([v if type(v) in _SCALAR_TYPES else _out(v, memo, depth + 1) for v in value])
        return out
    if t is tuple:
        if _all_scalars(map(type, value)):
            return value
        return tuple(_out(v, memo, depth + 1) for v in value)
    if t is dict:
        if _all_scalars(map(type, value)) and _all_scalars(map(type, value.values())):
            out = memo[id(value)] = value.copy()
            return out
        out = {}
        memo[id(value)] = out
        for k, v in value.items():
            out[_out(k, memo, depth + 1)] = _out(v, memo, depth + 1)
        return out
    if t is set or t is frozenset:
        items = [_out(v, memo, depth + 1) for v in value]
        if all(a is b for a, b in zip(items, value)):
            if t is frozenset or _FINISHED in memo:
                return value  # (see to_host: the guest's own set, so it iterates as the guest's did)
            return value.copy()
        return t(items)
    if t in _AS_DICT:  # Counter, defaultdict, OrderedDict: a plain dict copy
        out = {}
        memo[id(value)] = out
        for k, v in value.items():
            out[_out(k, memo, depth + 1)] = _out(v, memo, depth + 1)
        return out
    if t is containers.NamedTupleValue:  # a plain tuple
        return tuple(_out(v, memo, depth + 1) for v in value)
    if t is containers.deque:  # a plain list
        out = []
        memo[id(value)] = out
        out.extend(_out(v, memo, depth + 1) for v in value)
        return out
    if t in (bytearray,):
        return bytes(value)
    if t is ExcInstance:
        return GuestObject(value.cls.name, repr(value))
    if t is Instance:  # data only: converting never runs guest code (its __repr__ included)
        out = GuestInstance(value.cls.qualname, {}, False)
        memo[id(value)] = out
        fields = value.cls.lookup("__dataclass_fields__")
        if type(fields) is dict:
            out.is_dataclass = True
            names = [n for n, f in fields.items() if type(n) is str and n in value.dict]
        else:
            names = [n for n in value.dict if type(n) is str]
        for name in names:
            out.attributes[name] = _out(value.dict[name], memo, depth + 1)
        return out
    return GuestObject(type_name(value), repr(value))
