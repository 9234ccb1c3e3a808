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

from . import attrs, containers, costs, formatting, limits
from .ops import NATIVE_ITERABLE, check_real_pow
from .values import (EXC, MISSING, NULL, Builtin, BoundMethod, ExcInstance, ExternalFunction, Function,
                     Coroutine, GClass, Generator, Instance, Module, Redirect, Resume, TextStream, is_lazy,
                     identity_hash, new_exception,
                     type_name)

PRELUDE = attrs.PRELUDE


def _native_iterable(v) -> bool:
    return type(v) in NATIVE_ITERABLE


_SIZED = frozenset({list, tuple, str, bytes, bytearray, dict, set, frozenset, type({}.keys()),
                    type({}.values()), type({}.items())})
_BIG_RANGE = 1 << 16


def feed(iterable, item_bytes: int = 16):
    """What a native consumer should iterate: containers as they are (already paid for); a large range or
    a lazy native iterator (map, zip, enumerate, a range iterator...) through `limits.metered`, so that a
    single builtin call cannot run for ever or build an unbounded result."""
    t = type(iterable)
    if t in _SIZED:
        if len(iterable) > 4096:  # a scan (sum, max, sorted...) of a large container is work
            limits.charge_work(len(iterable) * 8)
        return iterable
    if t is range and len(iterable) <= _BIG_RANGE:
        return iterable
    return limits.metered(iterable, item_bytes)


def charge_len(iterable, item_bytes: int = 8):
    """Charge, before it is built, a container of the iterable's size (when the size is known)."""
    t = type(iterable)
    if t in _SIZED or t is range:
        try:
            n = len(iterable)
        except OverflowError:
            return
        if n > 4096:
            limits.charge_bytes(n * item_bytes)


def _redirect(name, *args, **kwargs):
    return Redirect(PRELUDE[name], args, kwargs or None)


# ---------------------------------------------------------------- output


def _write(stream: str, text: str):
    from .state import current_vm

    current_vm().write(stream, text)


def b_print(*args, **kwargs):
    for k in kwargs:
        if k not in ("sep", "end", "file", "flush"):
            raise TypeError(f"'{k}' is an invalid keyword argument for print()")
    sep = kwargs.get("sep", " ")
    end = kwargs.get("end", "\n")
    file = kwargs.get("file")
    if sep is not None and type(sep) is not str:
        raise TypeError(f"sep must be None or a string, not {type_name(sep)}")
    if end is not None and type(end) is not str:
        raise TypeError(f"end must be None or a string, not {type_name(end)}")
    if file is None:
        stream = "stdout"
    elif type(file) is TextStream:
        stream = file.stream
    elif type(file) is Instance:  # io.StringIO and other guest streams: their own write()
        write = attrs.load_attr(file, "write")
        text = costs.print_text(args, " " if sep is None else sep, "\n" if end is None else end)
        if type(write) is Redirect:
            raise TypeError("print(file=...) needs a write() method, not a property")
        return Redirect(PRELUDE["_call_none"], (write, (text,), {}))
    else:
        raise AttributeError(f"'{type_name(file)}' object has no attribute 'write'")
    text = costs.print_text(args, " " if sep is None else sep, "\n" if end is None else end)
    _write(stream, text)


def _stream_write(self, text):
    if type(text) is not str:
        raise TypeError(f"write() argument must be str, not {type_name(text)}")
    _write(self.stream, text)
    return len(text)


attrs.STREAM_METHODS.update({"write": _stream_write, "flush": lambda self: None})

# ---------------------------------------------------------------- argument checks


def _fixed(name, lo, hi, keywords=()):
    """CPython's `_PyArg_CheckPositional` wording: `divmod expected 2 arguments, got 1`."""
    def check(args, kwargs):
        if kwargs:
            if not keywords:
                raise TypeError(f"{name}() takes no keyword arguments")
            for k in kwargs:
                if k not in keywords:
                    raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
        n = len(args)
        if n < lo or (hi is not None and n > hi):
            if lo == hi:
                raise TypeError(f"{name} expected {lo} argument{'s' if lo != 1 else ''}, got {n}")
            if n < lo:
                raise TypeError(f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, got {n}")
            raise TypeError(f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, got {n}")
    return check


def _one(name):
    """METH_O wording: `callable() takes exactly one argument (2 given)`."""
    def check(args, kwargs):
        if kwargs:
            raise TypeError(f"{name}() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"{name}() takes exactly one argument ({len(args)} given)")
    return check


def _lazy_arg(args, kwargs, check=None):
    """True when the single iterable argument is lazy (a generator): the prelude must do the work."""
    if check is not None:
        check(args, kwargs)
    return bool(args) and is_lazy(args[0])


def _key_needs_guest(key) -> bool:
    return key is not None and _pure_native(key) is None


# ---------------------------------------------------------------- iteration


_check_iter = _fixed("iter", 1, 2)
_check_next = _fixed("next", 1, 2)


def b_iter(*args, **kwargs):
    _check_iter(args, kwargs)
    obj = args[0]
    if len(args) == 2:
        if not is_callable(obj):
            raise TypeError("iter(v, w): v must be callable")
        return _redirect("_iter_sentinel", obj, args[1])
    if type(obj) is Generator:
        return obj
    if _native_iterable(obj):
        return iter(obj)
    raise TypeError(f"'{type_name(obj)}' object is not iterable")


def b_next(*args, **kwargs):
    _check_next(args, kwargs)
    it = args[0]
    if type(it) is Generator:
        return Resume(it, None, args[1] if len(args) > 1 else MISSING)
    if type(it) in NATIVE_ITERABLE and hasattr(type(it), "__next__"):
        return next(*args)
    raise TypeError(f"'{type_name(it)}' object is not an iterator")


def _iterable_or_lazy(v):
    return _native_iterable(v) or is_lazy(v)


def b_sum(*args, **kwargs):
    if args and len(args) <= 2 and set(kwargs) <= {"start"} and (
            is_lazy(args[0]) or _holds_guest(args[0])
            or _guest_value(args[1] if len(args) > 1 else kwargs.get("start", 0))):
        start = args[1] if len(args) > 1 else kwargs.get("start", 0)
        return _redirect("_sum", args[0], start)
    if args and not _native_iterable(args[0]) and len(args) <= 2:
        raise TypeError(f"'{type_name(args[0])}' object is not iterable")
    if args:
        args = (feed(args[0], 0),) + tuple(args[1:])
        start = args[1] if len(args) == 2 else kwargs.get("start") if len(args) == 1 else None
        if (type(start) is list or type(start) is tuple) and set(kwargs) <= {"start"}:
            return costs.sum_sequences(args[0], start)  # linear, and charged, instead of quadratic
    return sum(*args, **kwargs)


_check_any = _one("any")
_check_all = _one("all")


def b_any(*args, **kwargs):
    if _lazy_arg(args, kwargs, _check_any):
        return _redirect("_any", args[0])
    return any(feed(args[0], 0)) if _native_iterable(args[0]) else any(*args)


def b_all(*args, **kwargs):
    if _lazy_arg(args, kwargs, _check_all):
        return _redirect("_all", args[0])
    return all(feed(args[0], 0)) if _native_iterable(args[0]) else all(*args)


def _min_max(name, native, args, kwargs):
    for k in kwargs:
        if k not in ("key", "default"):
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    if not args:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    key = kwargs.get("key")
    default = kwargs.get("default", MISSING)
    if len(args) == 1:
        iterable = args[0]
        if not _iterable_or_lazy(iterable):
            raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    else:
        if default is not MISSING:
            raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
        iterable = args
    if not _key_needs_guest(key) and _native_iterable(iterable) and not _holds_guest(iterable):
        raw = _pure_native(key) if key is not None else None
        if type(iterable) is range and raw is None:  # O(1) for ranges, as CPython's is not
            if not len(iterable):
                if default is MISSING:
                    raise ValueError(f"{name}() arg is an empty sequence")
                return default
            return native(iterable[0], iterable[-1])
        if default is MISSING:
            return native(feed(iterable, 0), key=raw)
        return native(feed(iterable, 0), key=raw, default=default)
    return _redirect("_min_max", iterable, key, default, name == "max")


def b_min(*args, **kwargs):
    return _min_max("min", min, args, kwargs)


def b_max(*args, **kwargs):
    return _min_max("max", max, args, kwargs)


def b_sorted(*args, **kwargs):
    if len(args) != 1:
        raise TypeError(f"sorted expected 1 argument, got {len(args)}")
    for k in kwargs:
        if k not in ("key", "reverse"):
            raise TypeError(f"'{k}' is an invalid keyword argument for sort()")
    iterable = args[0]
    key = kwargs.get("key")
    reverse = kwargs.get("reverse", False)
    if not _key_needs_guest(key) and _native_iterable(iterable) and not _holds_guest(iterable):
        charge_len(iterable)
        raw = _pure_native(key) if key is not None else None
        if type(iterable) in _SIZED or type(iterable) is range:
            limits.check_sort_work(len(iterable))
        tracker = limits.current()
        tracker.begin_building()  # the keys (a copy each, for key=list) are held until the sort ends
        try:
            result = sorted(feed(iterable, 8), key=raw, reverse=reverse)
        finally:
            tracker.end_building()
        charge_sort(len(result))
        return result
    if not _iterable_or_lazy(iterable):
        raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    return _redirect("_sorted", iterable, key, reverse)


def c_enumerate(*args, **kwargs):
    if args and is_lazy(args[0]) and len(args) <= 2 and set(kwargs) <= {"start"}:
        start = args[1] if len(args) > 1 else kwargs.get("start", 0)
        return _redirect("_enumerate", args[0], start)
    if args and not _native_iterable(args[0]):
        raise TypeError(f"'{type_name(args[0])}' object is not iterable")
    return enumerate(*args, **kwargs)


def c_zip(*iterables, **kwargs):
    if len(kwargs) > 1:
        raise TypeError(f"zip() takes at most 1 keyword argument ({len(kwargs)} given)")
    for k in kwargs:
        if k != "strict":
            raise TypeError(f"'{k}' is an invalid keyword argument for zip()")
    for it in iterables:
        if not _iterable_or_lazy(it):
            raise TypeError(f"'{type_name(it)}' object is not iterable")
    if all(_native_iterable(i) for i in iterables):
        return zip(*iterables, **kwargs)
    return _redirect("_zip", iterables, bool(kwargs.get("strict", False)))


def c_map(*args, **kwargs):
    if kwargs:
        raise TypeError("map() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("map() must have at least two arguments.")
    fn, iterables = args[0], args[1:]
    for it in iterables:
        if not _iterable_or_lazy(it):
            raise TypeError(f"'{type_name(it)}' object is not iterable")
    raw = _pure_native(fn)
    if raw is not None and all(_native_iterable(i) for i in iterables):
        return map(raw, *iterables)
    return _redirect("_map", fn, iterables)


_check_filter = _fixed("filter", 2, 2)


def c_filter(*args, **kwargs):
    if kwargs:
        raise TypeError("filter() takes no keyword arguments")
    _check_filter(args, kwargs)
    fn, iterable = args
    if not _iterable_or_lazy(iterable):
        raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    raw = None if fn is None else _pure_native(fn)
    if (fn is None or raw is not None) and _native_iterable(iterable):
        return filter(raw, iterable)
    return _redirect("_filter", fn, iterable)


def c_reversed(*args, **kwargs):
    if kwargs:
        raise TypeError("reversed() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"reversed expected 1 argument, got {len(args)}")
    seq = args[0]
    if type(seq) in NATIVE_ITERABLE:
        return reversed(seq)
    if type(seq) is Instance or type(seq) is GClass:
        from .classes import special

        method = special(seq, "__reversed__")  # the class's own __reversed__ (a guest call)
        if method is not None:
            return Redirect(method, ())
    raise TypeError(f"'{type_name(seq)}' object is not reversible")


def _holds_guest(iterable) -> bool:
    """A container holding guest instances: ordering them needs their dunders (prelude sorting)."""
    t = type(iterable)
    if t is list or t is tuple:
        return not _GUEST_ITEMS.isdisjoint(map(type, iterable))
    return False


_GUEST_ITEMS = frozenset({Instance, ExcInstance})


def _pure_native(fn):
    if type(fn) is type and fn in (str, int, float, bool, tuple, list, len):
        return _CHARGED_CONVERSIONS.get(fn, fn)
    if type(fn) is Builtin and fn.self is NULL and fn.fn in _PURE_FNS:
        return fn.fn
    return None


# ---------------------------------------------------------------- numbers and conversion


def b_divmod(*args):
    if len(args) != 2:
        raise TypeError(f"divmod expected 2 arguments, got {len(args)}")
    a, b = args
    if _guest_value(a) or _guest_value(b):
        return Redirect(PRELUDE["_binary"], (a, b, "__divmod__", "__rdivmod__", "divmod()"))
    return divmod(a, b)


def b_pow(*args, **kwargs):
    base = args[0] if args else kwargs.get("base")
    exp = args[1] if len(args) > 1 else kwargs.get("exp")
    mod = args[2] if len(args) > 2 else kwargs.get("mod")
    if _guest_value(base) or _guest_value(exp) or _guest_value(mod):
        if mod is None:
            return Redirect(PRELUDE["_binary"], (base, exp, "__pow__", "__rpow__", "**"))
        from .classes import special

        method = special(base, "__pow__")
        if method is not None:
            return Redirect(method, (exp, mod))
        raise TypeError(f"unsupported operand type(s) for ** or pow(): '{type_name(base)}', "
                        f"'{type_name(exp)}', '{type_name(mod)}'")
    if mod is None and type(base) in (int, bool) and type(exp) in (int, bool) and exp > 0 \
            and base not in (0, 1, -1):
        bits = (base.bit_length() - 1) * exp if exp < (1 << 62) else 1 << 62
        limits.charge_bits(bits)
        limits.check_bigint_work(bits)
    if mod is None:
        check_real_pow(base, exp)
    return pow(*args, **kwargs)


def _identity_hash(*args, **kwargs):
    """hash(): an object hashed by identity (CPython hashes its address) gets its made-up address's."""
    if kwargs:
        raise TypeError("hash() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"hash() takes exactly one argument ({len(args)} given)")
    obj = args[0]
    if type(obj).__hash__ is _OBJECT_HASH:
        return identity_hash(obj)
    return hash(obj)


_OBJECT_HASH = object.__hash__
_identity_hash.__name__ = _identity_hash.__qualname__ = "hash"


_check_format = _fixed("format", 1, 2)


def b_format(*args, **kwargs):
    _check_format(args, kwargs)
    if len(args) == 2:
        if type(args[1]) is not str:
            raise TypeError(f"format() argument 2 must be str, not {type_name(args[1])}")
        return formatting.format_value(args[0], args[1])
    return formatting.format_value(args[0], "")


# ---------------------------------------------------------------- introspection


def is_callable(obj) -> bool:
    t = type(obj)
    if t in (Function, Builtin, BoundMethod, GClass, ExternalFunction):
        return True
    if t is Instance:
        from .classes import class_special

        return class_special(obj.cls, "__call__") is not None
    return t is type


def _classinfo_check(cls, fname):
    if type(cls) is tuple:
        for c in cls:
            _classinfo_check(c, fname)
        return
    if type(cls) in (type, GClass):
        return
    if type(cls).__name__ == "UnionType":
        return
    if fname == "issubclass":
        raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    raise TypeError(f"{fname}() arg 2 must be a type, a tuple of types, or a union")


def _abc_virtual(obj, abc, is_class: bool) -> bool:
    """collections.abc's virtual subclasses, declared in the ABC's own namespace as `__abc_virtual__ =
    (types, method names, registered types)`: a value of one of the types (builtin types, builtin types
    named by a string such as "list_iterator" (snapshots cannot save those type objects), or guest
    classes and their subclasses), or an instance whose class's MRO (or own attribute dict) defines every
    named attribute (not as None), is an instance. Only reads the declaration: no guest code runs."""
    spec = abc.dict.get("__abc_virtual__")
    if type(spec) is not tuple or len(spec) != 3 or not all(type(part) is tuple for part in spec):
        return False
    if sum(len(part) for part in spec) > 4096:  # host work per isinstance stays small
        return False
    types, methods, registered = spec
    if is_class:
        klass = obj if type(obj) is GClass else None
        native = obj if type(obj) is type else None
    else:
        klass = obj.cls if type(obj) is Instance or type(obj) is ExcInstance else None
        native = None if klass is not None else type if type(obj) is GClass else type(obj)
    if native is not None:
        name = native.__name__
        return any(type(k) is type and issubclass(native, k) or type(k) is str and k == name
                   for k in types + registered)
    if klass is None:
        return False
    if any(type(r) is GClass and r in klass.mro for r in types + registered):
        return True
    if methods and klass.user:
        from .classes import OBJECT_METHODS

        own = obj.dict if not is_class and type(obj) is Instance else {}
        for name in methods:
            found = klass.lookup(name) if type(name) is str else None
            if found is MISSING and name in own:
                continue  # an instance attribute (a protocol's data member)
            if found is None or found is MISSING and name not in OBJECT_METHODS:
                return False
        return True
    return False


def _isinstance(obj, cls):
    t = type(cls)
    if t is tuple:
        return any(_isinstance(obj, c) for c in cls)
    if t is GClass:
        if (type(obj) is ExcInstance or type(obj) is Instance or type(obj) is containers.NamedTupleValue) \
                and cls in obj.cls.mro:
            return True
        return "__abc_virtual__" in cls.dict and _abc_virtual(obj, cls, False)
    if t is type:
        if cls is object:
            return True
        if cls is type:
            return type(obj) in (type, GClass)
        return isinstance(obj, cls) and type(obj) is not ExcInstance and type(obj) is not Instance
    if t.__name__ == "UnionType":
        return any(_isinstance(obj, c) for c in cls.__args__)
    return False


def _issubclass(cls, info):
    t = type(info)
    if t is tuple:
        return any(_issubclass(cls, c) for c in info)
    if t is GClass:
        if type(cls) is GClass and info in cls.mro:
            return True
        return "__abc_virtual__" in info.dict and _abc_virtual(cls, info, True)
    if t is type:
        if info is object:
            return True
        if info is tuple and containers.is_namedtuple_class(cls):
            return True
        return type(cls) is type and issubclass(cls, info)
    if t.__name__ == "UnionType":
        return any(_issubclass(cls, c) for c in info.__args__)
    return False


def b_isinstance(obj, classinfo):
    _classinfo_check(classinfo, "isinstance")
    return _isinstance(obj, classinfo)


def b_issubclass(cls, classinfo):
    if type(cls) not in (type, GClass):
        raise TypeError("issubclass() arg 1 must be a class")
    _classinfo_check(classinfo, "issubclass")
    return _issubclass(cls, classinfo)


def b_type(*args, **kwargs):
    if len(args) != 1:
        if len(args) == 3:
            raise TypeError("type() with three arguments is not supported in the sandbox")
        raise TypeError("type() takes 1 or 3 arguments")
    obj = args[0]
    if type(obj) is ExcInstance or type(obj) is Instance or type(obj) is containers.NamedTupleValue:
        return obj.cls
    if type(obj) is GClass:
        return type
    return type(obj)


def _attr_name(name, what="attribute name must be string"):
    if type(name) is not str:
        raise TypeError(f"{what}, not '{type_name(name)}'")


def b_hasattr(obj, name):
    _attr_name(name)
    if type(obj) is Instance and name.startswith("__"):
        from .classes import class_special

        if class_special(obj.cls, name) is not None:
            return True
    found = attrs.has_attr(obj, name)
    if found and _guest_value(obj) or type(obj) is GClass and obj.user:
        try:
            r = attrs.load_attr(obj, name)
        except AttributeError:
            return False
        if type(r) is Redirect:  # a property or __getattr__: found unless it raises AttributeError
            return Redirect(PRELUDE["_call_succeeds"], (r.func, r.args, r.kwargs or {}))
        return True
    return found


def b_getattr(obj, name, default=MISSING):
    _attr_name(name)
    try:
        r = attrs.load_attr(obj, name)
    except AttributeError:
        if default is MISSING:
            raise
        return default
    if type(r) is Redirect and default is not MISSING:  # guest code deciding; its AttributeError counts
        return Redirect(PRELUDE["_call_or_default"], (r.func, r.args, r.kwargs or {}, default))
    return r


def b_setattr(obj, name, value):
    _attr_name(name)
    r = attrs.store_attr(obj, name, value)
    if type(r) is Redirect:  # __setattr__ or a property setter: setattr() itself returns None
        return Redirect(PRELUDE["_call_none"], (r.func, r.args, r.kwargs or {}))
    return None


def b_delattr(obj, name):
    _attr_name(name)
    r = attrs.delete_attr(obj, name)
    if type(r) is Redirect:
        return Redirect(PRELUDE["_call_none"], (r.func, r.args, r.kwargs or {}))
    return None


def b_id(obj):
    from .values import guest_id

    return guest_id(obj)


def _checked(check, impl):
    def call(*args, **kwargs):
        check(args, kwargs)
        return impl(*args)
    return call


# ---------------------------------------------------------------- constructors


_ITEM_BYTES = {list: 8, tuple: 8, set: 64, frozenset: 64, bytes: 1, bytearray: 1}


def _lazy_or(native, name):
    item_bytes = _ITEM_BYTES.get(native, 8)

    def construct(*args, **kwargs):
        if args:
            first = args[0]
            if is_lazy(first):
                return _redirect("_construct", native, first)
            if type(first) in NATIVE_ITERABLE:
                charge_len(first, item_bytes)
                args = (feed(first, item_bytes),) + tuple(args[1:])
                if hashed and len(args) == 1 and not kwargs and costs.needs_chunks(first):
                    return costs.build_set(native, args[0])  # colliding hashes: inserted in chunks
        return native(*args, **kwargs)
    hashed = native is set or native is frozenset
    return construct


def c_str(*args, **kwargs):
    if len(args) == 1 and not kwargs and _guest_value(args[0]):
        return _redirect("_str", args[0])
    return _checked_str(*args, **kwargs)


_checked_str = costs.checked_conversion(str)
# what map(), sorted(key=...), min/max(key=...) call natively for these types: results charged by size
_CHARGED_CONVERSIONS = {str: _checked_str, list: costs.copying(list), tuple: costs.copying(tuple)}


def c_int(*args, **kwargs):
    if len(args) == 1 and not kwargs and _guest_value(args[0]):  # __int__, then __index__
        return _redirect("_number_guest", args[0], "int")
    if args and type(args[0]) in (str, bytes, bytearray):
        _charge_digits(args[0])
    return int(*args, **kwargs)


def c_float(*args, **kwargs):
    if len(args) == 1 and not kwargs and _guest_value(args[0]):  # __float__, then __index__
        return _redirect("_number_guest", args[0], "float")
    return float(*args, **kwargs)


def c_range(*args, **kwargs):
    if any(_guest_value(a) for a in args):  # arguments with __index__
        return Redirect(PRELUDE["_range_guest"], (args, kwargs))
    return range(*args, **kwargs)


def c_bool(*args, **kwargs):
    if kwargs:
        raise TypeError("bool() takes no keyword arguments")
    if len(args) == 1 and type(args[0]) is Instance:
        return _redirect("_truth", args[0])
    if len(args) > 1:
        raise TypeError(f"bool expected at most 1 argument, got {len(args)}")
    return bool(*args)


def c_type(*args):
    return b_type(*args)


def c_bytes(*args, **kwargs):
    if args and type(args[0]) is int and args[0] > 4096:
        limits.charge_bytes(args[0])
    if args and is_lazy(args[0]):
        return _redirect("_construct", bytes, args[0])
    if args and type(args[0]) in NATIVE_ITERABLE and type(args[0]) not in (str, bytes, bytearray):
        charge_len(args[0], 1)
        args = (feed(args[0], 1),) + tuple(args[1:])
    return bytes(*args, **kwargs)


def c_bytearray(*args, **kwargs):
    if args and type(args[0]) is int and args[0] > 4096:
        limits.charge_bytes(args[0])
    if args and is_lazy(args[0]):
        return _redirect("_construct", bytearray, args[0])
    return bytearray(*args, **kwargs)


def c_dict(*args, **kwargs):
    if len(args) == 1 and is_lazy(args[0]):  # (a mapping by its keys(), else pairs: see the prelude)
        return _redirect("_construct_dict", args[0], kwargs)
    if args and type(args[0]) in NATIVE_ITERABLE and not isinstance(args[0], dict):  # (Counter: a mapping)
        charge_len(args[0], 100)
        source = feed(args[0], 100)
        if len(args) == 1 and costs.needs_chunks(args[0]):  # colliding hashes: inserted in chunks
            result = {}
            costs.build_dict_from_pairs(result, source)
            result.update(kwargs)
            return result
        args = (source,) + tuple(args[1:])
    return dict(*args, **kwargs)


def charge_sort(n: int):
    """Sorting runs in C and cannot be interrupted: count its comparisons as steps afterwards, and refuse
    beforehand (see `sort_estimate`) one that would obviously not fit the time left."""
    if n > 1024:
        limits.current().tick(n.bit_length() * n // 8)


CONSTRUCTORS = {
    int: c_int, float: c_float, bool: c_bool, str: c_str, bytes: c_bytes, bytearray: c_bytearray,
    list: _lazy_or(list, "list"), tuple: _lazy_or(tuple, "tuple"), set: _lazy_or(set, "set"),
    frozenset: _lazy_or(frozenset, "frozenset"), dict: c_dict, range: c_range, slice: slice,
    enumerate: c_enumerate, zip: c_zip, map: c_map, filter: c_filter, reversed: c_reversed, type: c_type,
    object: object,
    **containers.CONSTRUCTORS,
}

# ---------------------------------------------------------------- generators (methods)


def _gen_send(gen, value):
    return Resume(gen, value)


def _gen_throw(gen, typ, value=MISSING, tb=None):
    """gen.throw(exc) or the older gen.throw(ExceptionClass[, value])."""
    if type(typ) is ExcInstance:
        if value is not MISSING and value is not None:
            raise TypeError("instance exception may not have a separate value")
        if EXC.GeneratorExit in typ.cls.mro:
            from .vm import yield_from_target

            sub = yield_from_target(gen)
            if type(sub) in (Generator, Coroutine) and not sub.finished:  # the delegate is closed first
                return Redirect(attrs.PRELUDE["_gen_throw_exit"], (gen, sub, typ))
        return Resume(gen, throw=typ)
    if type(typ) is GClass and typ.exception:
        args = () if value is MISSING or value is None else (value,)
        if typ.user:  # its __init__ is guest code
            return Redirect(attrs.PRELUDE["_gen_throw_new"], (gen, typ, args))
        return _gen_throw(gen, ExcInstance(typ, args))
    raise TypeError(f"exceptions must be classes or instances deriving from BaseException, not {type_name(typ)}")


def _gen_close(gen):
    """gen.close(): GeneratorExit at the yield; the generator must not yield again."""
    if gen.finished or not gen.started:
        gen.finished = True
        gen.frame = None
        return None
    return Redirect(attrs.PRELUDE["_gen_close"], (gen,))


attrs.GENERATOR_METHODS.update({"send": _gen_send, "throw": _gen_throw, "close": _gen_close})

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
    "abs": abs, "all": b_all, "any": b_any, "ascii": ascii, "bin": bin,
    "callable": _checked(_one("callable"), is_callable), "chr": chr,
    "delattr": _checked(_fixed("delattr", 2, 2), b_delattr), "divmod": b_divmod, "format": b_format,
    "getattr": _checked(_fixed("getattr", 2, 3), b_getattr),
    "hasattr": _checked(_fixed("hasattr", 2, 2), b_hasattr), "hash": _identity_hash, "hex": hex,
    "id": _checked(_one("id"), b_id), "isinstance": _checked(_fixed("isinstance", 2, 2), b_isinstance),
    "issubclass": _checked(_fixed("issubclass", 2, 2), b_issubclass), "iter": b_iter, "len": len,
    "max": b_max, "min": b_min, "next": b_next, "oct": oct, "ord": ord, "pow": b_pow, "print": b_print,
    "repr": repr, "round": round, "setattr": _checked(_fixed("setattr", 3, 3), b_setattr),
    "sorted": b_sorted, "sum": b_sum,
}

_PURE_FNS = {abs, len, ord, chr, hex, bin, oct, repr, ascii, _identity_hash, round}

def _class_tools():
    from . import classes

    return {"property": classes.make_property, "classmethod": classes.make_classmethod,
            "staticmethod": classes.make_staticmethod, "super": classes.make_super}


_FUNCTIONS.update(_class_tools())


def _guest_value(v) -> bool:
    t = type(v)
    return t is Instance or t is ExcInstance and v.cls.user or t is GClass and v.user and _class_hooks(v)


_CLASS_HOOKS = ("__class_iter__", "__class_len__", "__class_repr__", "__class_contains__", "__class_reversed__")


def _class_hooks(cls) -> bool:
    return any(cls.lookup(n) is not MISSING for n in _CLASS_HOOKS)


def _dispatching(name, native, prelude_name, *extra):
    """A builtin that runs the prelude's dunder dispatch for guest instances and the native otherwise."""
    def builtin(*args, **kwargs):
        if len(args) == 1 and not kwargs and _guest_value(args[0]):
            return _redirect(prelude_name, args[0], *extra)
        return native(*args, **kwargs)
    builtin.__name__ = name
    return builtin


def b_print_dispatch(*args, **kwargs):
    if any(type(a) is Instance or type(a) is ExcInstance and a.cls.user or type(a) is GClass and a.user
           and a.lookup("__class_repr__") is not MISSING for a in args):
        return _redirect("_print", args, kwargs)
    return b_print(*args, **kwargs)


def b_format_dispatch(*args, **kwargs):
    if args and _guest_value(args[0]) and not kwargs and len(args) <= 2:
        return _redirect("_format", args[0], args[1] if len(args) > 1 else "")
    return b_format(*args, **kwargs)


def b_next_dispatch(*args, **kwargs):
    if args and type(args[0]) is Instance and not kwargs and len(args) <= 2:
        return _redirect("_next_guest", args[0], args[1] if len(args) > 1 else MISSING)
    return b_next(*args, **kwargs)


_FUNCTIONS.update({
    "repr": _dispatching("repr", costs.checked_conversion(repr), "_repr"),
    "ascii": costs.checked_conversion(ascii, escape=True), "len": _dispatching("len", len, "_len"),
    "hash": _dispatching("hash", _identity_hash, "_hash"), "iter": _dispatching("iter", b_iter, "_iter"),
    "abs": _dispatching("abs", abs, "_unary", "__abs__", "abs()"), "print": b_print_dispatch,
    "format": b_format_dispatch, "next": b_next_dispatch,
})
BUILTIN_FUNCTIONS = {name: Builtin(name, fn) for name, fn in _FUNCTIONS.items()}

def _charge_digits(text):
    """int() of a long str/bytes: CPython's conversion is quadratic, charged by size first."""
    if len(text) > 5000:
        limits.charge_bytes(len(text) * 4)


def _int_of_text(s):
    _charge_digits(s)
    return int(s)


def _plain_calls() -> dict:
    """(callee, argument type) -> native: a one-argument call of a builtin on a value of that exact type
    does what the full builtin does (no guest dispatch, nothing to charge), so the compiled tier calls the
    native directly."""
    none = type(None)
    nums = (int, bool, float)
    sized = (str, bytes, bytearray, list, tuple, dict, set, frozenset, range)
    table = {
        BUILTIN_FUNCTIONS["len"]: (len, sized), BUILTIN_FUNCTIONS["abs"]: (abs, nums),
        BUILTIN_FUNCTIONS["repr"]: (repr, nums + (none,)), str: (str, nums + (str, none)),
        int: (int, nums), float: (float, nums), bool: (bool, nums + (str, none, list, tuple, dict)),
        range: (range, (int, bool)), enumerate: (enumerate, (list, tuple, str, dict, range)),
    }
    out = {(callee, t): native for callee, (native, types) in table.items() for t in types}
    out[int, str] = _int_of_text
    return out


PLAIN_CALLS = _plain_calls()
_TYPES = {"int": int, "float": float, "bool": bool, "str": str, "bytes": bytes, "bytearray": bytearray,
          "list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset, "range": range,
          "slice": slice, "enumerate": enumerate, "zip": zip, "map": map, "filter": filter,
          "reversed": reversed, "type": type, "object": object}


def exception_classes() -> dict:
    return {name: cls for name, cls in EXC.by_name.items()}


_SHARED = None


def shared_builtins() -> dict:
    """The builtins namespace. One dict serves every run: guest code can read it but has no way to write
    it (assignments go to the program's own globals), and every value in it is immutable or stateless."""
    global _SHARED
    if _SHARED is None:
        _SHARED = make_builtins()
    return _SHARED


def make_builtins() -> dict:
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
