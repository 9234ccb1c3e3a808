"""Crossing the host boundary: which host values may enter the sandbox, and what guest values look like
to the host. Types are checked exactly (no subclasses), containers are copied, and nothing with behaviour
crosses in either direction."""

from __future__ import annotations

from monty_peg.runtime.values import ExcInstance, type_name

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


def to_guest(value, path: str, error):
    """A copy of a host value for guest code; `error(message)` for anything not allowed."""
    memo = {}
    return _in(value, path, error, memo, 0)


def _in(value, path, error, memo, depth):
    t = type(value)
    if t in _SCALARS:
        return value
    if depth > _MAX_DEPTH:
        raise error(f"{path}: nested too deeply")
    if id(value) in memo:
        return memo[id(value)]
    if t is list:
        out = []
        memo[id(value)] = out
        out.extend(_in(v, f"{path}[{i}]", error, memo, depth + 1) for i, v in enumerate(value))
        return out
    if t is tuple:
        return tuple(_in(v, f"{path}[{i}]", error, memo, depth + 1) for i, v in enumerate(value))
    if t is dict:
        out = {}
        memo[id(value)] = out
        for k, v in value.items():
            key = _in(k, f"{path} key {k!r}", error, memo, depth + 1)
            out[key] = _in(v, f"{path}[{k!r}]", error, memo, depth + 1)
        return out
    if t is set:
        return {_in(v, f"{path} item", error, memo, depth + 1) for v in value}
    if t is frozenset:
        return frozenset(_in(v, f"{path} item", error, memo, depth + 1) for v in value)
    raise error(f"{path}: {t.__name__} is not a supported input type")


def to_host(value):
    """A host copy of a guest value."""
    return _out(value, {}, 0)


def _out(value, memo, depth):
    t = type(value)
    if t in _SCALARS:
        return value
    if depth > _MAX_DEPTH:
        return GuestObject(type_name(value), "<nested too deeply>")
    if id(value) in memo:
        return memo[id(value)]
    if t is list:
        out = []
        memo[id(value)] = out
        out.extend(_out(v, memo, depth + 1) for v in value)
        return out
    if t is tuple:
        return tuple(_out(v, memo, depth + 1) for v in value)
    if t is dict:
        out = {}
        memo[id(value)] = out
        for k, v in value.items():
            out[_out(k, memo, depth + 1)] = _out(v, memo, depth + 1)
        return out
    if t is set:
        return {_out(v, memo, depth + 1) for v in value}
    if t is frozenset:
        return frozenset(_out(v, memo, depth + 1) for v in value)
    if t in (bytearray,):
        return bytes(value)
    if t is ExcInstance:
        return GuestObject(value.cls.name, repr(value))
    return GuestObject(type_name(value), repr(value))
