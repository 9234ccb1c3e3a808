"""Natives the guest stdlib modules use (placed in each guest module's globals). Each is safe for any
guest to call: they take and return guest values only."""

from __future__ import annotations

from ..calls import bind_arguments
from ..values import Builtin, GClass, Instance, type_name


class _Code:
    __slots__ = ("argcount", "posonlyargcount", "kwonlyargcount", "varnames", "flags", "nlocals")


class _Signature:
    """Quacks like a guest Function for `bind_arguments`: a parameter list without a body."""

    __slots__ = ("code", "qualname", "defaults", "kwdefaults")


def bind_signature(qualname, positional, kwonly, defaults, kwdefaults, args, kwargs):
    """The values for `positional + kwonly` parameters from a call's args and kwargs, with CPython's
    errors for a function `qualname(positional..., *, kwonly...)` (defaults: a tuple for the last
    positional parameters; kwdefaults: a dict)."""
    if type(positional) is not tuple or type(kwonly) is not tuple or type(args) is not tuple \
            or type(kwargs) is not dict or type(defaults) is not tuple or type(kwdefaults) is not dict:
        raise TypeError("bind_signature: bad arguments")
    code = _Code()
    code.argcount = len(positional)
    code.posonlyargcount = 0
    code.kwonlyargcount = len(kwonly)
    code.varnames = positional + kwonly
    code.flags = 0
    code.nlocals = len(code.varnames)
    sig = _Signature()
    sig.code, sig.qualname, sig.defaults, sig.kwdefaults = code, str(qualname), defaults, kwdefaults
    return tuple(bind_arguments(sig, args, kwargs))


def instance_dict(obj):
    """The attribute dict of a guest instance (what `vars(obj)` would give)."""
    if type(obj) is not Instance:
        raise TypeError(f"expected an instance, got {type_name(obj)}")
    return obj.dict


def is_class(obj) -> bool:
    return type(obj) is GClass or type(obj) is type


HELPERS = {
    "_bind_signature": bind_signature, "_instance_dict": instance_dict, "_is_class": is_class,
}


def install(namespace: dict):
    for name, fn in HELPERS.items():
        namespace[name] = Builtin(name, fn)
