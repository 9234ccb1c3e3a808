"""Structural pattern matching (`match`): the MATCH_PATTERN instruction's matcher.

The compiler turns each case's pattern into a constant tree of tuples (`monty_peg/patterns.py` makes
them; the format is below) and evaluates the pattern's value expressions (dotted names, class names)
into a tuple before the instruction runs. The matcher walks the tree over the subject and returns the
captured values in slot order, or None. Equality and attribute access on guest instances run their guest
methods as nested calls, as they would in any native operation.

Pattern tree (every node a tuple whose first item is its kind):
    ("any",)                          wildcard `_`
    ("as", sub_or_None, slot)         capture `x`, or `sub as x`
    ("const", value)                  literal: subject == value
    ("is", value)                     None / True / False: subject is value
    ("value", i)                      dotted name: subject == values[i]
    ("seq", (sub, ...), star)         sequence; star is the position of the ("star", slot_or_-1) item or -1
    ("map", (key, ...), (sub, ...), rest_slot)   key is ("const", k) or ("value", i); rest_slot -1 if none
    ("class", i, (sub, ...), (name, ...), (sub, ...))   cls is values[i]; positional, keyword names, keyword subs
    ("or", (sub, ...))
"""

from __future__ import annotations

from . import attrs, containers
from .values import EXC, MISSING, GClass, Redirect, type_name

MAX_PATTERN_DEPTH = 100
_SEQUENCE_TYPES = (list, tuple, range, containers.NamedTupleValue, containers.deque)
# builtin classes whose single positional sub-pattern matches the subject itself
_SELF_MATCHING = frozenset({bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple})


class BadPattern(Exception):
    """A pattern tree the compiler cannot have made (only forged bytecode has one)."""


def match(vm, pattern, subject, values, nslots: int):
    """The captures (a tuple of nslots values) if subject matches pattern, else None."""
    slots = [None] * nslots
    if _match(vm, pattern, subject, values, slots, 0):
        return tuple(slots)
    return None


def _match(vm, p, subject, values, slots, depth) -> bool:
    if type(p) is not tuple or not p or depth > MAX_PATTERN_DEPTH:
        raise BadPattern("malformed pattern")
    kind = p[0]
    if kind == "any":
        return True
    if kind == "as":
        if p[1] is not None and not _match(vm, p[1], subject, values, slots, depth + 1):
            return False
        slots[p[2]] = subject
        return True
    if kind == "const":
        return _equal(subject, p[1])
    if kind == "is":
        return subject is p[1]
    if kind == "value":
        return _equal(subject, values[p[1]])
    if kind == "seq":
        return _match_sequence(vm, p, subject, values, slots, depth)
    if kind == "map":
        return _match_mapping(vm, p, subject, values, slots, depth)
    if kind == "class":
        return _match_class(vm, p, subject, values, slots, depth)
    if kind == "or":
        for alternative in p[1]:
            if _match(vm, alternative, subject, values, slots, depth + 1):
                return True
        return False
    raise BadPattern(f"unknown pattern kind {kind!r}")


def _equal(a, b) -> bool:
    result = a == b  # guest __eq__ runs nested (Instance.__eq__)
    if type(result) is not bool:
        from .ops import truthy

        return truthy(result)
    return result


def _match_sequence(vm, p, subject, values, slots, depth) -> bool:
    if type(subject) not in _SEQUENCE_TYPES:
        return False
    if type(subject) is containers.deque:
        subject = list(subject)
    subs, star = p[1], p[2]
    n = len(subject)
    if star < 0:
        if n != len(subs):
            return False
        return all(_match(vm, sub, item, values, slots, depth + 1) for sub, item in zip(subs, subject))
    before, after = star, len(subs) - star - 1
    if n < before + after:
        return False
    for i in range(before):
        if not _match(vm, subs[i], subject[i], values, slots, depth + 1):
            return False
    star_slot = subs[star][1]
    if star_slot >= 0:
        slots[star_slot] = list(subject[before:n - after])
    for j in range(after):
        if not _match(vm, subs[star + 1 + j], subject[n - after + j], values, slots, depth + 1):
            return False
    return True


def _match_mapping(vm, p, subject, values, slots, depth) -> bool:
    if not isinstance(subject, dict):  # (collections' dicts too)
        return False
    keys, subs, rest = p[1], p[2], p[3]
    if len(subject) < len(keys):
        return False
    wanted = [k[1] if k[0] == "const" else values[k[1]] for k in keys]
    seen = []
    for key in wanted:
        if any(key == s for s in seen):
            raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
        seen.append(key)
    for key, sub in zip(wanted, subs):
        if key not in subject:
            return False
        if not _match(vm, sub, subject[key], values, slots, depth + 1):
            return False
    if rest >= 0:
        remaining = dict(subject)
        for key in wanted:
            del remaining[key]
        slots[rest] = remaining
    return True


def _match_class(vm, p, subject, values, slots, depth) -> bool:
    from .builtins import _isinstance

    cls, positional, names, keyword = values[p[1]], p[2], p[3], p[4]
    if type(cls) is not GClass and type(cls) is not type:
        raise TypeError("called match pattern must be a type")
    if not _isinstance(subject, cls):
        return False
    # as CPython: fetch every attribute first (a missing one is no match), then match the sub-patterns
    fetched = []
    seen = []
    if positional:
        if type(cls) is type and cls in _SELF_MATCHING:
            if len(positional) > 1:
                raise TypeError(f"{cls.__name__}() accepts 1 positional sub-pattern ({len(positional)} given)")
            fetched.append(subject)
        else:
            for name in _match_args(cls, len(positional)):
                if not _fetch(vm, subject, name, seen, cls, fetched):
                    return False
    for name in names:
        if not _fetch(vm, subject, name, seen, cls, fetched):
            return False
    for sub, value in zip(tuple(positional) + tuple(keyword), fetched):
        if not _match(vm, sub, value, values, slots, depth + 1):
            return False
    return True


def _fetch(vm, subject, name, seen, cls, fetched) -> bool:
    if name in seen:
        raise TypeError(f"{_class_name(cls)}() got multiple sub-patterns for attribute '{name}'")
    seen.append(name)
    found, value = _attribute(vm, subject, name)
    fetched.append(value)
    return found


def _match_args(cls, count: int) -> list:
    args = cls.lookup("__match_args__") if type(cls) is GClass else MISSING
    if args is MISSING:
        args = ()
    elif type(args) is not tuple:
        raise TypeError(f"{cls.name}.__match_args__ must be a tuple (got {type_name(args)})")
    if count > len(args):
        plural = "" if len(args) == 1 else "s"
        raise TypeError(f"{_class_name(cls)}() accepts {len(args)} positional sub-pattern{plural} ({count} given)")
    names = list(args[:count])
    for name in names:
        if type(name) is not str:
            raise TypeError(f"__match_args__ elements must be strings (got {type_name(name)})")
    return names


def _attribute(vm, obj, name: str):
    """(found, value) of obj.name; a missing attribute means no match, as in CPython."""
    try:
        value = attrs.load_attr(obj, name)
    except AttributeError:
        return False, None
    if type(value) is Redirect:  # a property: its getter is guest code
        try:
            value = vm.nested_call(value.func, value.args)
        except Exception as e:  # noqa: BLE001 - an AttributeError raised by guest code also means "no match"
            if _is_attribute_error(e):
                return False, None
            raise
    return True, value


def _is_attribute_error(e) -> bool:
    from .vm import NestedError

    return isinstance(e, NestedError) and EXC.AttributeError in e.exc.cls.mro


def _class_name(cls) -> str:
    return cls.name if type(cls) is GClass else cls.__name__

