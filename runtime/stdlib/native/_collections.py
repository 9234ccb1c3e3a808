"""`_monty_collections`: the native half of `collections` (the guest module `collections` re-exports it and
adds ChainMap, UserDict, UserList and UserString). The containers themselves live in runtime/containers.py
(the interpreter's fast paths know their types); this file makes the module and namedtuple classes.

A namedtuple class is a guest class whose namespace holds CPython's names: `_fields`, `_field_defaults`,
`__match_args__`, `__doc__`, a `_tuplegetter` per field, and the native `__new__`, `_make`, `_replace`,
`_asdict` and `__getnewargs__` below (saved in snapshots by name, as this module's functions). Its
instances are `containers.NamedTupleValue` tuples."""

from __future__ import annotations

from ... import containers
from ...containers import (Counter, OrderedDict, TupleGetter, defaultdict, deque, make_namedtuple,
                           namedtuple_fields, namedtuple_new_checks)
from ...values import Builtin, ClassMethod, GClass, StaticMethod, is_lazy, type_name
from .. import make_native_module
from ..helpers import bind_signature

MODULE = containers.MODULE
_MAX_FIELDS = 10_000  # CPython has no limit; each field is a class attribute and a line of the class's repr


def _as_list(value, what):
    if type(value) in (list, tuple):
        return list(value)
    from ...ops import NATIVE_ITERABLE

    if type(value) in NATIVE_ITERABLE:
        from ...builtins import charge_len, feed

        charge_len(value, 64)
        return list(feed(value, 64))
    raise TypeError(f"'{type_name(value)}' object is not iterable")


def namedtuple(*args, **kwargs):
    """`namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`."""
    bound = bind_signature("namedtuple", ("typename", "field_names"), ("rename", "defaults", "module"), (),
                           {"rename": False, "defaults": None, "module": None}, args, kwargs)
    typename, field_names, rename, defaults, module = bound
    if is_lazy(field_names) or is_lazy(defaults):
        from ...attrs import PRELUDE

        return Redirect_listed(args, kwargs)
    if type(field_names) is str:
        field_names = field_names.replace(",", " ").split()
    field_names = _as_list(field_names, "field_names")
    if len(field_names) > _MAX_FIELDS:
        raise ValueError(f"namedtuple() supports at most {_MAX_FIELDS} fields in the sandbox")
    field_names = [_to_str(name) for name in field_names]
    typename = _to_str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not containers.is_identifier_name(name) or name.startswith("_") or name in seen:
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if not containers.is_identifier_name(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(_as_list(defaults, "defaults"))
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    if module is None:
        module = _caller_module()
    fields = tuple(field_names)
    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": StaticMethod(Builtin("__new__", nt_new)),
        "_make": ClassMethod(Builtin("_make", nt_make)),
        "_replace": Builtin("_replace", nt_replace),
        "__repr__": Builtin("__repr__", nt_repr),
        "_asdict": Builtin("_asdict", nt_asdict),
        "__getnewargs__": Builtin("__getnewargs__", nt_getnewargs),
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = TupleGetter(index, f"Alias for field number {index}")
    namespace["__module__"] = module if type(module) is str else str(module)
    return GClass(typename, [], module=namespace["__module__"], namespace=namespace, qualname=typename)


def Redirect_listed(args, kwargs):
    """namedtuple(...) with a generator for its fields or defaults: listed by guest code first."""
    from ...attrs import PRELUDE
    from ...values import Redirect

    return Redirect(PRELUDE["_call_listed"], (Builtin("namedtuple", namedtuple), args, kwargs))


def _to_str(value):
    if type(value) is str:
        return value
    from ...builtins import CONSTRUCTORS

    return containers._resolve(CONSTRUCTORS[str](value))


def _caller_module() -> str:
    from ...state import current_vm

    vm = current_vm()
    if vm is not None and vm.frames:
        name = vm.frames[-1].globals.get("__name__")
        if type(name) is str:
            return name
    return "__main__"


def nt_new(*args, **kwargs):
    """`Point.__new__(cls, *values, **by_name)`."""
    if not args:
        raise TypeError("__new__(): not enough arguments")
    cls = args[0]
    fields = namedtuple_new_checks(cls)
    values = args[1:]
    if not kwargs and len(values) == len(fields):
        return make_namedtuple(cls, values)
    field_defaults = cls.lookup("_field_defaults")
    defaults = ()
    if type(field_defaults) is dict and field_defaults:
        defaults = tuple(field_defaults[f] for f in fields[len(fields) - len(field_defaults):]
                         if f in field_defaults)
    bound = bind_signature(f"{cls.name}.__new__", ("_cls",) + fields, (), defaults, {}, args, kwargs)
    return make_namedtuple(cls, bound[1:])


def nt_make(cls, iterable):
    """`Point._make(iterable)`."""
    fields = namedtuple_new_checks(cls)
    if is_lazy(iterable):
        from ...attrs import PRELUDE
        from ...values import BoundMethod, Redirect

        return Redirect(PRELUDE["_construct"], (BoundMethod(Builtin("_make", nt_make), cls), iterable))
    values = tuple(_as_list(iterable, "iterable"))
    if len(values) != len(fields):
        raise TypeError(f"Expected {len(fields)} arguments, got {len(values)}")
    return make_namedtuple(cls, values)


def _instance(self, what):
    if type(self) is not containers.NamedTupleValue:
        raise TypeError(f"{what}() needs a namedtuple instance, not '{type_name(self)}'")
    return self


def nt_replace(self, **changes):
    """`p._replace(**changes)`: a new instance of p's class."""
    _instance(self, "_replace")
    fields = namedtuple_fields(self.cls) or ()
    values = [changes.pop(name, value) for name, value in zip(fields, self)]
    if changes:
        raise ValueError(f"Got unexpected field names: {list(changes)!r}")
    return make_namedtuple(self.cls, tuple(values))


def nt_asdict(self):
    """`p._asdict()`: a dict of field names to values."""
    _instance(self, "_asdict")
    return dict(zip(namedtuple_fields(self.cls) or (), self))


def nt_getnewargs(self):
    _instance(self, "__getnewargs__")
    return tuple(self)


def nt_repr(self):
    _instance(self, "__repr__")
    return repr(self)


containers.NAMEDTUPLE_METHOD_FNS.update({nt_replace, nt_asdict, nt_getnewargs, nt_repr})
containers._NEW_FNS.add(nt_new)

FUNCTIONS = {
    "namedtuple": namedtuple, "_nt_new": nt_new, "_nt_make": nt_make, "_nt_replace": nt_replace,
    "_nt_asdict": nt_asdict, "_nt_getnewargs": nt_getnewargs, "_nt_repr": nt_repr,
}


def make_module():
    return make_native_module(MODULE, FUNCTIONS, {
        "Counter": Counter, "defaultdict": defaultdict, "OrderedDict": OrderedDict, "deque": deque,
    })
