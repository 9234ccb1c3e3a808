"""Formatting that cannot walk into host objects: `format()`, f-string fields, `str.format`, `format_map`.

`str.format` is reimplemented on top of CPython's own field parser (which only splits text): attribute
lookups in a field (`{0.name}`) go through the guest attribute tables, item lookups index plain containers
natively and anything else (a guest `__getitem__`, `format_map`'s mapping) by a nested guest subscript,
and widths and precisions are charged to the memory limit before anything is built.
"""

from __future__ import annotations

import re
import _string

from . import costs, limits
from .values import hide_addresses

_SPEC = re.compile(r"(?:.?[<>=^])?[-+ ]?z?#?0?(\d*)[,_]?(?:\.(\d+))?")
_PERCENT = re.compile(rb"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.?)")
_KEYS = re.compile(rb"%\(([^)]*)\)")


_SPEC_CHARGES: dict = {}  # spec -> bytes its width and precision charge (0: none); specs repeat, so cached


def _spec_charge(spec: str) -> int:
    m = _SPEC.match(spec)
    charge = 0
    if m:
        width = int(m.group(1)) if m.group(1) else 0
        precision = int(m.group(2)) if m.group(2) else 0
        if width > 4096 or precision > 4096:
            charge = width + precision
    if len(_SPEC_CHARGES) < 4096 and len(spec) < 64:
        _SPEC_CHARGES[spec] = charge
    return charge


def free_spec(spec) -> bool:
    """Whether `spec` is a str whose width and precision charge nothing (the compiled tier formats numbers
    with such a constant spec inline)."""
    return type(spec) is str and not (_SPEC_CHARGES[spec] if spec in _SPEC_CHARGES else _spec_charge(spec))


def check_spec(spec: str):
    if spec:
        charge = _SPEC_CHARGES.get(spec)
        if charge is None:
            charge = _spec_charge(spec)
        if charge:
            limits.charge_bytes(charge)


def format_value(value, spec: str):
    check_spec(spec)
    if not spec and type(value) in costs.REPR_CHECKED and type(value) is not str:
        costs.check_repr(value)  # format(x, '') is str(x): a container's repr is charged first
    text = format(value, spec)
    if " at 0x" in text and type(value) is not str:
        return hide_addresses(text)
    return text


def convert(value, conversion):
    if conversion is None:
        return value
    if type(value) in costs.REPR_CHECKED and conversion in ("r", "s", "a"):
        costs.check_repr(value, conversion == "a")
    if conversion == "r":
        text = repr(value)
    elif conversion == "s":
        if type(value) is str:
            return value
        text = str(value)
    elif conversion == "a":
        text = ascii(value)
    else:
        raise ValueError(f"Unknown conversion specifier {conversion}")
    return hide_addresses(text) if " at 0x" in text and type(value) is not str else text


def shown(text: str, value) -> str:
    """`text`, made natively from `value` by a conversion: with no host address in it."""
    return hide_addresses(text) if " at 0x" in text and type(value) is not str else text


class _Numbering:
    __slots__ = ("auto", "manual")

    def __init__(self):
        self.auto = 0
        self.manual = False


def str_format(template: str, args, kwargs, load_attr, depth: int = 2, numbering=None) -> str:
    """`template.format(*args, **kwargs)`; `args` is None for `format_map`."""
    if depth < 1:
        raise ValueError("Max string recursion exceeded")
    numbering = numbering or _Numbering()
    out = []
    for literal, field, spec, conversion in _string.formatter_parser(template):
        if literal:
            out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        if first == "":
            if numbering.manual:
                raise ValueError("cannot switch from manual field specification to automatic field numbering")
            first = numbering.auto
            numbering.auto += 1
        elif isinstance(first, int):
            if numbering.auto:
                raise ValueError("cannot switch from automatic field numbering to manual field specification")
            numbering.manual = True
        if isinstance(first, int):
            if args is None:
                raise ValueError("Format string contains positional fields")
            if first >= len(args):
                raise IndexError(f"Replacement index {first} out of range for positional args tuple")
            obj = args[first]
        else:
            obj = kwargs[first] if type(kwargs) is dict else _item(kwargs, first)
        for is_attr, key in rest:
            if is_attr:
                obj = load_attr(obj, key)
            else:
                obj = obj[key] if type(obj) in _INDEXED else _item(obj, key)
        obj = convert(obj, conversion)
        if spec and "{" in spec:
            spec = str_format(spec, args, kwargs, load_attr, depth - 1, numbering)
        out.append(format_value(obj, spec or ""))
    costs.charge_join("", out)  # the same field can be repeated: '{0}{0}{0}'.format(big)
    text = "".join(out)
    return text


_INDEXED = frozenset({dict, list, tuple, str})


def _item(obj, key):
    """`obj[key]` in a field, for anything but a plain container (a guest object's own `__getitem__`, a
    defaultdict's factory, a guest mapping's `__missing__`): the guest subscript, as a nested guest call."""
    from .attrs import PRELUDE
    from .classes import _nested
    from .state import current_vm

    return _nested(current_vm(), PRELUDE["_item"], (obj, key))


def format_map(template: str, mapping, load_attr) -> str:
    return str_format(template, None, mapping, load_attr)


def _inserted(value, reprs: bool) -> int:
    """Bytes bounding what `%s` (or `%r`, `%a` when `reprs`) inserts for `value`."""
    t = type(value)
    if not reprs and (t is str or t is bytes or t is bytearray):
        return len(value) * (4 if t is str and not value.isascii() else 1)
    return costs.repr_bound(value, 1 << 40)


def check_percent(template, args):
    """`template % args` can ask for huge widths (`'%999999999d' % 1`): charge them before formatting."""
    if b"%" not in template if isinstance(template, (bytes, bytearray)) else "%" not in template:
        return
    raw = template if isinstance(template, (bytes, bytearray)) else template.encode("utf-8", "surrogatepass")
    values = args if type(args) is tuple else (args,)
    star = 0
    total = 0
    reprs = False
    for m in _PERCENT.finditer(raw):
        if m.group(3) in (b"r", b"a"):
            reprs = True
        for group in (m.group(1), m.group(2)):
            if group is None:
                continue
            if group == b"*":
                if star < len(values) and type(values[star]) is int:
                    total += abs(values[star])
                star += 1
            elif len(group) > 4 or int(group) > 4096:
                total += int(group) if len(group) < 30 else 1 << 62
    # each %s / %r / %a can insert a whole argument (the same one many times, by key)
    if type(args) is dict:
        keys = _KEYS.findall(raw)
        if keys:
            for key in keys:
                value = args.get(key.decode("utf-8", "surrogatepass"), None) if isinstance(template, str) \
                    else args.get(key, None)
                total += _inserted(value, reprs)
                if total > 1 << 40:
                    break
        else:
            total += _inserted(args, reprs)
    else:
        for value in values:
            total += _inserted(value, reprs)
    if total > 4096:
        limits.charge_bytes(total)
