"""The builtin namespace guest code sees.

Each builtin is a native function wrapped in `Builtin`, a real type used as a constructor (calls go
through `CONSTRUCTORS`, never to the type directly), or a guest exception class. Where the work needs guest
code — a key function, a lazy iterable, a callback — the native returns a `Redirect` to a prelude
function written in the subset, so that the work runs as guest frames: it counts against the limits and
can pause at a host call like any other guest code.
"""

from __future__ import annotations

import builtins as py
import sys

from . import attrs, formatting, limits
from .ops import NATIVE_ITERABLE
from .values import (EXC, MISSING, NULL, Builtin, BoundMethod, ExcInstance, ExternalFunction, Function,
                     GClass, Generator, Module, Redirect, TextStream, is_lazy, new_exception, type_name)

PRELUDE = attrs.PRELUDE


def _native_iterable(v) -> bool:
    return type(v) in NATIVE_ITERABLE


def _redirect(name, *args, **kwargs):
    return Redirect(PRELUDE[name], args, kwargs or None)


# ---------------------------------------------------------------- output


def _write(stream: str, text: str):
    from .state import current_vm

    current_vm().write(stream, text)


def b_print(*args, sep=" ", end="\n", file=None, flush=False):
    if sep is not None and type(sep) is not str:
        raise TypeError(f"sep must be None or a string, not {type_name(sep)}")
    if end is not None and type(end) is not str:
        raise TypeError(f"end must be None or a string, not {type_name(end)}")
    if file is None:
        stream = "stdout"
    elif type(file) is TextStream:
        stream = file.stream
    else:
        raise AttributeError(f"'{type_name(file)}' object has no attribute 'write'")
    text = (" " if sep is None else sep).join([str(a) for a in args]) + ("\n" if end is None else end)
    _write(stream, text)


def _stream_write(self, text):
    if type(text) is not str:
        raise TypeError(f"write() argument must be str, not {type_name(text)}")
    _write(self.stream, text)
    return len(text)


attrs.STREAM_METHODS.update({"write": _stream_write, "flush": lambda self: None})

# ---------------------------------------------------------------- iteration


def b_iter(obj, sentinel=MISSING):
    if sentinel is not MISSING:
        if not is_callable(obj):
            raise TypeError("iter(v, w): v must be callable")
        return _redirect("_iter_sentinel", obj, sentinel)
    if type(obj) is Generator:
        return obj
    if _native_iterable(obj):
        return iter(obj)
    raise TypeError(f"'{type_name(obj)}' object is not iterable")


def b_next(it, default=MISSING):
    if type(it) is Generator:
        return _redirect("_next", it, default)
    if type(it) in NATIVE_ITERABLE and hasattr(type(it), "__next__"):
        if default is MISSING:
            return next(it)
        return next(it, default)
    raise TypeError(f"'{type_name(it)}' object is not an iterator")


def b_len(obj):
    return len(obj)


def _iterable_or_lazy(v):
    return _native_iterable(v) or is_lazy(v)


def b_sum(iterable, /, start=0):
    if _native_iterable(iterable):
        if type(start) is str:
            raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
        if type(start) is bytes:
            raise TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
        return sum(iterable, start)
    if is_lazy(iterable):
        return _redirect("_sum", iterable, start)
    raise TypeError(f"'{type_name(iterable)}' object is not iterable")


def b_any(iterable, /):
    if _native_iterable(iterable):
        return any(iterable)
    if is_lazy(iterable):
        return _redirect("_any", iterable)
    raise TypeError(f"'{type_name(iterable)}' object is not iterable")


def b_all(iterable, /):
    if _native_iterable(iterable):
        return all(iterable)
    if is_lazy(iterable):
        return _redirect("_all", iterable)
    raise TypeError(f"'{type_name(iterable)}' object is not iterable")


def _min_max(name, native, args, key, default):
    if not args:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    if len(args) == 1:
        iterable = args[0]
        if not _iterable_or_lazy(iterable):
            raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    else:
        if default is not MISSING:
            raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
        iterable = args
    if key is None and _native_iterable(iterable):
        if default is MISSING:
            return native(iterable)
        return native(iterable, default=default)
    return _redirect("_min_max", iterable, key, default, name == "max")


def b_min(*args, key=None, default=MISSING):
    return _min_max("min", min, args, key, default)


def b_max(*args, key=None, default=MISSING):
    return _min_max("max", max, args, key, default)


def b_sorted(*args, key=None, reverse=False, **kwargs):
    if len(args) != 1:
        raise TypeError(f"sorted expected 1 argument, got {len(args)}")
    if kwargs:
        raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for sort()")
    iterable = args[0]
    if key is None and _native_iterable(iterable):
        limits.charge_bytes(8 * len(iterable) if hasattr(iterable, "__len__") else 0)
        return sorted(iterable, reverse=reverse)
    if not _iterable_or_lazy(iterable):
        raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    return _redirect("_sorted", iterable, key, reverse)


def b_reversed(seq, /):
    if type(seq) in (list, tuple, str, bytes, bytearray, range, dict) or type(seq) in (
            type({}.keys()), type({}.values()), type({}.items())):
        return reversed(seq)
    raise TypeError(f"'{type_name(seq)}' object is not reversible")


def c_enumerate(iterable=MISSING, start=0):
    if iterable is MISSING:
        raise TypeError("enumerate() missing required argument 'iterable'")
    if _native_iterable(iterable):
        return enumerate(iterable, start)
    if is_lazy(iterable):
        return _redirect("_enumerate", iterable, start)
    raise TypeError(f"'{type_name(iterable)}' object is not iterable")


def c_zip(*iterables, strict=False):
    if all(_native_iterable(i) for i in iterables):
        return zip(*iterables, strict=strict)
    for i, it in enumerate(iterables):
        if not _iterable_or_lazy(it):
            raise TypeError(f"zip argument #{i + 1} must support iteration")
    return _redirect("_zip", iterables, strict)


_PURE = {str, int, float, bool, repr, len, abs, ord, chr, hex, bin, oct, ascii, tuple, list}


def c_map(*args):
    if len(args) < 2:
        raise TypeError("map() must have at least two arguments.")
    fn, iterables = args[0], args[1:]
    for i, it in enumerate(iterables):
        if not _iterable_or_lazy(it):
            raise TypeError(f"'{type_name(it)}' object is not iterable")
    raw = _pure_native(fn)
    if raw is not None and all(_native_iterable(i) for i in iterables):
        return map(raw, *iterables)
    return _redirect("_map", fn, iterables)


def c_filter(fn, iterable, /):
    if not _iterable_or_lazy(iterable):
        raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    raw = None if fn is None else _pure_native(fn)
    if (fn is None or raw is not None) and _native_iterable(iterable):
        return filter(raw, iterable)
    return _redirect("_filter", fn, iterable)


def _pure_native(fn):
    if type(fn) is type and fn in (str, int, float, bool):
        return fn
    if type(fn) is Builtin and fn.self is NULL and fn.fn in _PURE_FNS:
        return fn.fn
    return None


# ---------------------------------------------------------------- numbers and conversion


def b_pow(base, exp, mod=None):
    if mod is None:
        if type(base) in (int, bool) and type(exp) in (int, bool) and exp > 0 and base not in (0, 1, -1):
            limits.charge_bits((base.bit_length() - 1) * exp if exp < (1 << 62) else 1 << 62)
        return pow(base, exp)
    return pow(base, exp, mod)


def b_format(value, format_spec=""):
    if type(format_spec) is not str:
        raise TypeError(f"format() argument 2 must be str, not {type_name(format_spec)}")
    return formatting.format_value(value, format_spec)


def b_repr(obj, /):
    return repr(obj)


def b_ascii(obj, /):
    return ascii(obj)


def b_hash(obj, /):
    return hash(obj)


def b_divmod(a, b, /):
    return divmod(a, b)


def b_round(number, ndigits=None):
    if ndigits is None:
        return round(number)
    return round(number, ndigits)


# ---------------------------------------------------------------- introspection


def is_callable(obj) -> bool:
    t = type(obj)
    if t in (Function, Builtin, BoundMethod, GClass, ExternalFunction):
        return True
    return t is type


def b_callable(obj, /):
    return is_callable(obj)


def _classinfo_check(cls, fname):
    if type(cls) is tuple:
        for c in cls:
            _classinfo_check(c, fname)
        return
    if type(cls) in (type, GClass):
        return
    if type(cls).__name__ == "UnionType":
        return
    raise TypeError(f"{fname}() arg 2 must be a type, a tuple of types, or a union")


def b_isinstance(obj, classinfo, /):
    _classinfo_check(classinfo, "isinstance")
    return _isinstance(obj, classinfo)


def _isinstance(obj, cls):
    t = type(cls)
    if t is tuple:
        return any(_isinstance(obj, c) for c in cls)
    if t is GClass:
        return type(obj) is ExcInstance and cls in obj.cls.mro
    if t is type:
        if cls is type:
            return type(obj) in (type, GClass)
        return isinstance(obj, cls) and type(obj) is not ExcInstance
    if t.__name__ == "UnionType":
        return any(_isinstance(obj, c) for c in cls.__args__)
    return False


def b_issubclass(cls, classinfo, /):
    if type(cls) not in (type, GClass):
        raise TypeError("issubclass() arg 1 must be a class")
    _classinfo_check(classinfo, "issubclass")
    return _issubclass(cls, classinfo)


def _issubclass(cls, info):
    t = type(info)
    if t is tuple:
        return any(_issubclass(cls, c) for c in info)
    if t is GClass:
        return type(cls) is GClass and info in cls.mro
    if t is type:
        return type(cls) is type and issubclass(cls, info)
    if t.__name__ == "UnionType":
        return any(_issubclass(cls, c) for c in info.__args__)
    return False


def b_type(*args):
    if len(args) != 1:
        if len(args) == 3:
            raise TypeError("type() with three arguments is not supported in the sandbox")
        raise TypeError("type() takes 1 or 3 arguments")
    obj = args[0]
    if type(obj) is ExcInstance:
        return obj.cls
    if type(obj) is GClass:
        return type
    return type(obj)


def b_hasattr(obj, name, /):
    if type(name) is not str:
        raise TypeError("hasattr(): attribute name must be string")
    return attrs.has_attr(obj, name)


def b_getattr(obj, name, default=MISSING, /):
    if type(name) is not str:
        raise TypeError("getattr(): attribute name must be string")
    try:
        return attrs.load_attr(obj, name)
    except AttributeError:
        if default is MISSING:
            raise
        return default


def b_setattr(obj, name, value, /):
    if type(name) is not str:
        raise TypeError(f"attribute name must be string, not '{type_name(name)}'")
    attrs.store_attr(obj, name, value)


def b_delattr(obj, name, /):
    if type(name) is not str:
        raise TypeError(f"attribute name must be string, not '{type_name(name)}'")
    attrs.delete_attr(obj, name)


def b_id(obj, /):
    from .values import fake_address

    return int(fake_address(obj), 16)


# ---------------------------------------------------------------- constructors


def _lazy_or(native, name):
    def construct(*args, **kwargs):
        if args and is_lazy(args[0]):
            return _redirect("_construct", Builtin(name, native), args[0])
        return native(*args, **kwargs)
    return construct


def c_str(*args, **kwargs):
    return str(*args, **kwargs)


def c_int(*args, **kwargs):
    if args and type(args[0]) in (str, bytes, bytearray) and len(args[0]) > 5000:
        limits.charge_bytes(len(args[0]) * 4)
    return int(*args, **kwargs)


def c_bool(*args):
    if len(args) > 1:
        raise TypeError(f"bool expected at most 1 argument, got {len(args)}")
    return bool(*args)


def c_type(*args):
    return b_type(*args)


def c_bytes(*args, **kwargs):
    if args and type(args[0]) is int and args[0] > 4096:
        limits.charge_bytes(args[0])
    if args and is_lazy(args[0]):
        return _redirect("_construct", Builtin("bytes", bytes), args[0])
    return bytes(*args, **kwargs)


def c_bytearray(*args, **kwargs):
    if args and type(args[0]) is int and args[0] > 4096:
        limits.charge_bytes(args[0])
    if args and is_lazy(args[0]):
        return _redirect("_construct", Builtin("bytearray", bytearray), args[0])
    return bytearray(*args, **kwargs)


def c_dict(*args, **kwargs):
    if args and is_lazy(args[0]):
        return _redirect("_construct_dict", args[0], kwargs)
    return dict(*args, **kwargs)


CONSTRUCTORS = {
    int: c_int, float: float, bool: c_bool, str: c_str, bytes: c_bytes, bytearray: c_bytearray,
    list: _lazy_or(list, "list"), tuple: _lazy_or(tuple, "tuple"), set: _lazy_or(set, "set"),
    frozenset: _lazy_or(frozenset, "frozenset"), dict: c_dict, range: range, slice: slice,
    enumerate: c_enumerate, zip: c_zip, map: c_map, filter: c_filter, reversed: b_reversed, type: c_type,
}

# ---------------------------------------------------------------- generators (methods)


def _gen_send(gen, value):
    return _redirect("_gen_send", gen, value)


attrs.GENERATOR_METHODS.update({"send": _gen_send})

# ---------------------------------------------------------------- refused names

_REFUSED = {
    "open": "file access is not available in the sandbox",
    "eval": "eval() is not available in the sandbox",
    "exec": "exec() is not available in the sandbox",
    "compile": "compile() is not available in the sandbox",
    "__import__": "use an import statement",
    "globals": "globals() is not available in the sandbox",
    "locals": "locals() is not available in the sandbox",
    "vars": "vars() is not available in the sandbox",
    "breakpoint": "breakpoint() is not available in the sandbox",
    "input": "input() is not available in the sandbox",
    "help": "help() is not available in the sandbox",
    "exit": "exit() is not available in the sandbox",
    "quit": "quit() is not available in the sandbox",
    "memoryview": "memoryview is not available in the sandbox",
}

REFUSED_NAMES = frozenset(_REFUSED)


def refusal_message(name: str) -> str:
    return f"name '{name}' is not defined ({_REFUSED[name]})"


# ---------------------------------------------------------------- the namespace

_FUNCTIONS = {
    "abs": abs, "all": b_all, "any": b_any, "ascii": b_ascii, "bin": bin, "callable": b_callable, "chr": chr,
    "delattr": b_delattr, "divmod": b_divmod, "format": b_format, "getattr": b_getattr,
    "hasattr": b_hasattr, "hash": b_hash, "hex": hex, "id": b_id, "isinstance": b_isinstance,
    "issubclass": b_issubclass, "iter": b_iter, "len": b_len, "max": b_max, "min": b_min, "next": b_next,
    "oct": oct, "ord": ord, "pow": b_pow, "print": b_print, "repr": b_repr, "round": b_round,
    "setattr": b_setattr, "sorted": b_sorted, "sum": b_sum,
}
_PURE_FNS = {abs, len, ord, chr, hex, bin, oct, b_repr, b_ascii, b_len, b_hash}

BUILTIN_FUNCTIONS = {name: Builtin(name, fn) for name, fn in _FUNCTIONS.items()}
_TYPES = {"int": int, "float": float, "bool": bool, "str": str, "bytes": bytes, "bytearray": bytearray,
          "list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset, "range": range,
          "slice": slice, "enumerate": enumerate, "zip": zip, "map": map, "filter": filter,
          "reversed": reversed, "type": type}


def exception_classes() -> dict:
    return {name: cls for name, cls in EXC.by_name.items()}


def make_builtins() -> dict:
    """A fresh builtins namespace for one run (guest code may rebind names in its own globals only)."""
    ns = {}
    ns.update(BUILTIN_FUNCTIONS)
    ns.update(_TYPES)
    ns.update(exception_classes())
    ns["Ellipsis"] = Ellipsis
    ns["NotImplemented"] = NotImplemented
    ns["__debug__"] = True
    return ns


def make_sys_module() -> Module:
    return Module("sys", {
        "stdout": TextStream("stdout"), "stderr": TextStream("stderr"),
        "maxsize": sys.maxsize, "version_info": tuple(sys.version_info[:5]),
        "version": sys.version.split()[0], "platform": "monty", "byteorder": sys.byteorder,
        "float_info": None, "argv": ["main.py"],
    })


MODULE_FACTORIES = {"sys": make_sys_module}
