"""Natives the guest stdlib modules use (placed in each guest module's globals). Each is safe for any
guest to call: they take and return guest values only."""

from __future__ import annotations

from ..calls import bind_arguments
from ..values import Builtin, Function, GClass, Instance, type_name


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


def function_dict(fn):
    """A copy of a guest function's attribute dict (what `fn.__dict__` would give): the attributes
    guest code set on it. A copy, so that only `setattr` (with its checks) writes to a function."""
    if type(fn) is not Function:
        raise TypeError(f"expected a function, got {type_name(fn)}")
    return dict(fn.attrs or {})


def generic_alias_parts(alias):
    """(origin, args) of a `list[int]` (types.GenericAlias) or `int | str` (types.UnionType, whose origin
    typing reports as the UnionType class): what typing.get_origin / get_args read. Both hold only
    values guest code put there."""
    import types

    if type(alias) is types.GenericAlias:
        return alias.__origin__, tuple(alias.__args__)
    if type(alias) is types.UnionType:
        return types.UnionType, tuple(alias.__args__)
    raise TypeError(f"expected a generic alias, got {type_name(alias)}")


def is_class(obj) -> bool:
    return type(obj) is GClass or type(obj) is type


def host_call_id(obj):
    """The call id of a pending host call (what an async host function gave), else None."""
    from ..values import HostFuture

    return obj.call_id if type(obj) is HostFuture else None


def claim_host_future(obj):
    """Mark a pending host call as awaited (it can be awaited once) and give its call id; None if obj
    is not one."""
    from ..values import HostFuture

    if type(obj) is not HostFuture:
        return None
    if obj.awaited:
        raise RuntimeError("cannot reuse already awaited coroutine")
    obj.awaited = True
    return obj.call_id


def wait_for_host(call_ids):
    """Pause the whole program until the host settles some of these host calls; the program resumes
    with {call_id: (True, value) or (False, exception)} (see FutureSnapshot and run_monty_async)."""
    from ..state import current_vm
    from ..vm import PAUSE

    if type(call_ids) is not list or not call_ids or not all(type(i) is int for i in call_ids):
        raise TypeError("wait_for_host: expected a non-empty list of call ids")
    vm = current_vm()
    if vm is None or vm.nested:
        raise RuntimeError("host calls cannot be awaited from guest code that a builtin runs")
    vm.pending = ("futures", "", tuple(call_ids), {})
    return PAUSE


def is_coroutine_function(fn) -> bool:
    from ..code import COROUTINE
    from ..values import BoundMethod, Function

    if type(fn) is BoundMethod:
        fn = fn.func
    return type(fn) is Function and bool(fn.code.flags & COROUTINE)


HELPERS = {
    "_host_call_id": host_call_id, "_claim_host_future": claim_host_future, "_wait_for_host": wait_for_host,
    "_is_coroutine_function": is_coroutine_function,
    "_bind_signature": bind_signature, "_instance_dict": instance_dict, "_is_class": is_class,
    "_function_dict": function_dict, "_generic_alias_parts": generic_alias_parts,
}


def install(namespace: dict):
    for name, fn in HELPERS.items():
        namespace[name] = Builtin(name, fn)
