"""Attribute access for guest code, by allow-list only.

Guest code never reaches `getattr` on a real object with a name it chose. Plain data types expose their
public methods and data attributes (the names CPython lists for them that do not start with `_`), built
into tables once at import from trusted names; a few methods are replaced where the native one would walk
host objects or iterate guest code (`str.format`, `list.sort` with a key, anything consuming an iterable).
Runtime objects (functions, modules, exceptions...) expose a fixed set of names each.
"""

from __future__ import annotations

import types

from . import containers, costs, formatting
from .values import (EXC, MISSING, NULL, Builtin, BoundMethod, ClassMethod, ExcInstance, ExternalFunction,
                     Coroutine, Function, GClass, Generator, Instance, Module, Property, Redirect, StaticMethod,
                     Super,
                     TextStream, is_lazy, type_name)
from .stdlib.objects import NativeObject

DATA_TYPES = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, bool, range, slice,
              type({}.keys()), type({}.values()), type({}.items()), type(None)) + containers.METHOD_TYPES

# Methods whose arguments are iterated natively: redirected to the prelude when one is a lazy iterable.
_ITERATING = {
    list: ("extend",), dict: ("fromkeys",), str: ("join",), bytes: ("join",),  # (dict.update: _dict_update)
    bytearray: ("join", "extend"),
    set: ("union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
          "isdisjoint", "update", "intersection_update", "difference_update", "symmetric_difference_update"),
    frozenset: ("union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                "isdisjoint"),
    **containers.ITERATING,
}

class _Prelude(dict):
    """name -> prelude guest function. The API layer installs `loader` (the runtime never imports the
    compiler); the prelude is compiled the first time a builtin needs it."""

    loader = None

    def __missing__(self, name):
        self.ensure()
        if name not in self:
            raise KeyError(name)
        return dict.__getitem__(self, name)

    def ensure(self):
        if not dict.__len__(self) and self.loader is not None:
            self.loader()


PRELUDE = _Prelude()

_LAZY_NATIVE = frozenset({enumerate, zip, map, filter, reversed, type(iter(range(1))),
                          type(iter(range(1 << 70)))})


def _materializing(name, native):
    def method(self, *args, **kwargs):
        if any(is_lazy(a) for a in args) or any(is_lazy(v) for v in kwargs.values()):
            return Redirect(PRELUDE["_call_listed"], (Builtin(name, native, self), args, kwargs))
        return native(self, *args, **kwargs)
    return method


def _materializing_function(owner, name, native):
    def function(*args, **kwargs):
        if any(is_lazy(a) for a in args):  # e.g. dict.fromkeys(gen): redirect to the (saveable) type attribute
            return Redirect(PRELUDE["_call_listed"], (TYPE_ATTRS[owner][name], args, kwargs))
        return native(*args, **kwargs)
    return function


def _list_sort(self, *args, key=None, reverse=False):
    if args:
        raise TypeError("sort() takes no positional arguments")
    if key is None:
        if any(type(x) is Instance or type(x) is ExcInstance for x in self):
            return Redirect(PRELUDE["_sort_list"], (self, None, reverse))
        formatting.limits.check_sort_work(len(self))
        return self.sort(reverse=reverse)
    return Redirect(PRELUDE["_sort_list"], (self, key, reverse))


def _str_format(self, *args, **kwargs):
    return formatting.str_format(self, args, kwargs, load_attr)


def _str_format_map(self, *args, **kwargs):
    if kwargs:
        raise TypeError("str.format_map() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"str.format_map() takes exactly one argument ({len(args)} given)")
    return formatting.format_map(self, args[0], load_attr)


def _dict_update(self, *args, **kwargs):
    """`d.update(source, **kwargs)`: a generator or guest object goes through the prelude (a mapping by its
    keys(), anything else as pairs); keyword values are stored as they are."""
    if len(args) == 1 and is_lazy(args[0]) and isinstance(self, dict):
        return Redirect(PRELUDE["_dict_update"], (self, args[0], kwargs))
    return costs.dict_update(self, *args, **kwargs)


_join = str.join


def _str_join(self, iterable):
    if type(iterable) is list and type(self) is str:  # the common case, in short
        costs.charge_join(self, iterable)
        return _join(self, iterable)
    if is_lazy(iterable):
        return Redirect(PRELUDE["_call_listed"], (Builtin("join", _str_join, self), (iterable,), {}))
    t = type(iterable)
    if type(self) is str and (t in _LAZY_NATIVE or t is range):
        from .builtins import feed

        iterable = list(feed(iterable, 64))
        t = list
    if type(self) is str and t in (list, tuple, dict, set, frozenset, str):
        costs.charge_join(self, iterable)  # the whole result, before it is built
    return str.join(self, iterable)


def _size_checked(native, size):
    def method(self, *args, **kwargs):
        n = size(self, args)
        if n:
            costs.charge_result(n)
        return native(self, *args, **kwargs)
    return method


def _width_arg(self, args):
    return args[0] if args and type(args[0]) is int and args[0] > 4096 else 0


def _expandtabs_size(self, args):
    tab = args[0] if args and type(args[0]) is int else 8
    return len(self) * max(tab, 1) if tab > 8 else 0


def replace_growth(old, new) -> int:
    """What each character of `s` may add to `s.replace(old, new)`'s length: len(new) when the result can
    grow, else 0 (the bound charged is (len(s) + 1) * this)."""
    return len(new) if len(new) > max(len(old), 1) else 0


def _replace_size(self, args):
    if len(args) >= 2 and type(args[0]) is type(self) and type(args[1]) is type(self) \
            and replace_growth(args[0], args[1]):
        bound = (len(self) + 1) * len(args[1])
        if bound <= costs.SMALL:
            return bound  # (small: the bound is charged, without counting)
        old = args[0]
        count = self.count(old) if old else len(self) + 1
        return count * len(args[1])
    return 0


_OVERRIDES = {
    (list, "sort"): _list_sort,
    (str, "format"): _str_format,
    (str, "format_map"): _str_format_map,
    (str, "join"): _str_join,
    (dict, "update"): _dict_update,
}
for _t in (str, bytes, bytearray):
    for _name in ("ljust", "rjust", "center", "zfill"):
        _OVERRIDES[(_t, _name)] = _size_checked(getattr(_t, _name), _width_arg)
    _OVERRIDES[(_t, "expandtabs")] = _size_checked(getattr(_t, "expandtabs"), _expandtabs_size)
    _OVERRIDES[(_t, "replace")] = _size_checked(getattr(_t, "replace"), _replace_size)
for _key, _fn in costs.method_overrides().items():  # results and work charged by size (see costs.py)
    _OVERRIDES.setdefault(_key, _fn)
for _key, _fn in containers.method_overrides().items():  # deque and OrderedDict (see containers.py)
    _OVERRIDES.setdefault(_key, _fn)


def _build_tables():
    methods, data, type_attrs = {}, {}, {}
    for t in DATA_TYPES:
        m, d, ta = {}, {}, {}
        for name in dir(t):
            if name.startswith("_"):
                continue
            raw = t.__dict__.get(name)
            owner = t
            if raw is None:
                for base in t.__mro__[1:]:
                    if name in base.__dict__:
                        raw = base.__dict__[name]
                        owner = base
                        break
            if isinstance(raw, (types.GetSetDescriptorType, types.MemberDescriptorType)):
                d[name] = raw.__get__
                continue
            if isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor":
                bound = _OVERRIDES.get((t, name)) or getattr(t, name)
                if name in _ITERATING.get(t, ()):
                    bound = _materializing_function(t, name, bound)
                ta[name] = Builtin(name, bound, owner=t.__name__)
                m[name] = _classmethod_call(bound)
                continue
            if isinstance(raw, staticmethod) or (callable(getattr(t, name)) and type(raw).__name__ == "staticmethod"):
                fn = getattr(t, name)
                ta[name] = Builtin(name, fn, owner=t.__name__)
                m[name] = _static_call(fn)
                continue
            native = getattr(owner, name)
            override = _OVERRIDES.get((t, name))
            if name in _ITERATING.get(t, ()) and (override is None or (t, name) != (str, "join")):
                override = _materializing(name, override or native)
            fn = override or native
            m[name] = fn
            ta[name] = Builtin(name, fn, owner=t.__name__)
        methods[t], data[t], type_attrs[t] = m, d, ta
    return methods, data, type_attrs


def _classmethod_call(bound):
    def call(self, *args, **kwargs):
        return bound(*args, **kwargs)
    return call


def _static_call(fn):
    def call(self, *args, **kwargs):
        return fn(*args, **kwargs)
    return call


METHODS, DATA, TYPE_ATTRS = _build_tables()


def _fast_methods() -> dict:
    """name -> (helper name, type's helper name, native) for the methods the compiled tier calls without
    the METHODS lookup when the receiver is of that type: those whose METHODS entry is the type's own C
    method (no override, no size charge, no materialising wrapper), so calling it directly is what the
    generic path would do. A name on several types goes to the first of list, dict, str, set."""
    fast = {}
    for t in (list, dict, str, set):
        for name, fn in sorted(METHODS[t].items()):
            if name not in fast and type(fn) is types.MethodDescriptorType and fn is t.__dict__.get(name):
                fast[name] = (t, fn)
    return {name: (f"FM{i}", f"_{t.__name__}", fn) for i, (name, (t, fn)) in enumerate(sorted(fast.items()))}


FAST_METHODS = _fast_methods()
# name -> (helper name, native, bytes charged per character) for the str methods that are
# costs.sized_method wrappers: the compiled tier calls the native on a short str, with the charge inline
SIZED_STR_METHODS = {name: (f"SM{i}", *fn.small) for i, (name, fn) in
                     enumerate(sorted((n, f) for n, f in METHODS[str].items() if hasattr(f, "small")))}

# ---------------------------------------------------------------- runtime objects

_FUNCTION_ATTRS = {
    "__name__": lambda f: f.name,
    "__qualname__": lambda f: f.qualname,
    "__doc__": lambda f: f.doc,
    "__module__": lambda f: "__main__",
    "__defaults__": lambda f: f.defaults or None,
    "__kwdefaults__": lambda f: dict(f.kwdefaults) if f.kwdefaults else None,
}
_SETTABLE_FUNCTION_DUNDERS = {"__name__": "name", "__qualname__": "qualname", "__doc__": "doc"}


def _exception_attr(e: ExcInstance, name: str):
    if name == "args":
        return e.args
    if name == "__cause__":
        return e.cause
    if name == "__context__":
        return e.context
    if name == "__suppress_context__":
        return e.suppress_context
    if name == "__traceback__":
        return None
    if e.attrs and name in e.attrs:
        return e.attrs[name]
    mro = e.cls.mro
    if name == "value" and EXC.StopIteration in mro:
        return e.args[0] if e.args else None
    if name == "code" and EXC.SystemExit in mro:
        return e.args[0] if len(e.args) == 1 else (e.args or None)
    if name in ("errno", "strerror") and EXC.OSError in mro:
        if len(e.args) >= 2:
            return e.args[0] if name == "errno" else e.args[1]
        return None
    if name in ("name", "path") and EXC.ImportError in mro:
        return None
    if name == "msg" and EXC.ImportError in mro:
        return e.args[0] if e.args else None
    if name == "with_traceback":
        return Builtin("with_traceback", lambda tb: e)
    if name == "add_note":
        return Builtin("add_note", lambda note: _add_note(e, note))
    if name == "__notes__" and e.attrs and "__notes__" in e.attrs:
        return e.attrs["__notes__"]
    raise AttributeError(f"'{e.cls.name}' object has no attribute '{name}'")


def _add_note(e, note):
    if type(note) is not str:
        raise TypeError(f"note must be a str, not '{type_name(note)}'")
    if e.attrs is None:
        e.attrs = {}
    e.attrs.setdefault("__notes__", []).append(note)


_CLASS_ATTRS = {
    "__name__": lambda c: c.name,
    "__qualname__": lambda c: c.qualname,
    "__module__": lambda c: c.module,
    "__mro__": lambda c: c.mro + (object,),
    "__bases__": lambda c: c.bases or (object,),
    "__dict__": lambda c: dict(c.dict),
    "__doc__": lambda c: c.native.__doc__ if c.native is not None else None,
    "mro": lambda c: Builtin("mro", _class_mro, c),
}


def _object_methods():
    from .classes import OBJECT_METHODS

    return OBJECT_METHODS


def _class_mro(c):
    return list(c.mro) + [object]


# builtin types keep their MRO to themselves: it is the first step of the classic sandbox escapes
_TYPE_INFO = {"__name__": lambda t: t.__name__, "__qualname__": lambda t: t.__qualname__,
              "__module__": lambda t: "collections" if t in containers.CONSTRUCTORS else "builtins"}


def load_attr(obj, name: str):
    t = type(obj)
    if t in METHODS:
        fn = METHODS[t].get(name)
        if fn is not None:
            return Builtin(name, fn, obj)
        getter = DATA[t].get(name)
        if getter is not None:
            return getter(obj)
        raise AttributeError(f"'{t.__name__}' object has no attribute '{name}'")
    if t is Module:
        try:
            return obj.attrs[name]
        except KeyError:
            raise AttributeError(f"module '{obj.name}' has no attribute '{name}'") from None
    if t is Function:
        if obj.attrs and name in obj.attrs:
            return obj.attrs[name]
        getter = _FUNCTION_ATTRS.get(name)
        if getter is not None:
            return getter(obj)
        raise AttributeError(f"'function' object has no attribute '{name}'")
    if t is Instance:
        return _instance_attr(obj, name, obj.dict)
    if t is containers.NamedTupleValue:
        return containers.namedtuple_attr(obj, name)
    if t is ExcInstance:
        if obj.cls.user:
            found = _class_level(obj, name)
            if found is not MISSING:
                return found
        try:
            return _exception_attr(obj, name)
        except AttributeError:
            hook = obj.cls.lookup("__getattr__") if obj.cls.user else MISSING
            if type(hook) is Function:
                return Redirect(hook, (obj, name))
            raise
    if t is GClass:
        return _class_attr(obj, name)
    if t is Super:
        from .classes import super_attr

        return super_attr(obj, name)
    if t is Property:
        if name in ("fget", "fset", "fdel"):
            return getattr(obj, name)
        if name == "__doc__":
            return obj.doc
        if name in ("getter", "setter", "deleter"):
            return Builtin(name, _PROPERTY_COPIERS[name], obj)
    if t is ClassMethod or t is StaticMethod:
        if name == "__func__" or name == "__wrapped__":
            return obj.func
    if t is type:
        table = TYPE_ATTRS.get(obj)
        if table is not None and name in table:
            return table[name]
        if obj is object and name in _object_methods():  # object.__setattr__(self, ...) and friends
            return Builtin(name, _object_methods()[name])
        getter = _TYPE_INFO.get(name)
        if getter is not None:
            return getter(obj)
        raise AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
    if t is Builtin:
        if name == "__name__" or name == "__qualname__":
            return obj.name
        if name == "__self__" and obj.self is not NULL:
            return obj.self
        if name == "__doc__":
            return None
    if t is BoundMethod:
        if name == "__self__":
            return obj.self
        if name == "__func__":
            return obj.func
        return load_attr(obj.func, name)
    if t is Generator or t is Coroutine:
        if name == "__name__":
            return obj.name
        if name == "__qualname__":
            return obj.qualname
        fn = GENERATOR_METHODS.get(name)
        if fn is not None:
            return Builtin(name, fn, obj)
    if t is TextStream:
        fn = STREAM_METHODS.get(name)
        if fn is not None:
            return Builtin(name, fn, obj)
    if t is ExternalFunction and name == "__name__":
        return obj.name
    if isinstance(obj, NativeObject):  # a stdlib module's object: its own allow-list
        return obj.guest_attr(name)
    raise AttributeError(f"'{type_name(obj)}' object has no attribute '{name}'")


_PROPERTY_COPIERS = {
    "getter": lambda p, f: Property(f, p.fset, p.fdel, p.doc),
    "setter": lambda p, f: Property(p.fget, f, p.fdel, p.doc),
    "deleter": lambda p, f: Property(p.fget, p.fset, f, p.doc),
}


def _class_level(obj, name: str):
    """An attribute found on the class of a guest instance, bound as Python binds it; MISSING if absent.
    Data descriptors (properties) win over the instance dict, so they are resolved here too."""
    cls = obj.cls
    attr = cls.lookup(name)
    if attr is MISSING:
        return MISSING
    ta = type(attr)
    if ta is Property:
        hook = cls.lookup("__getattr__")
        if type(hook) is Function:  # an AttributeError from the getter falls back to __getattr__
            return Redirect(PRELUDE["_property_or_getattr"], (attr.fget, obj, name, hook))
        if attr.fget is None:
            raise AttributeError(f"property '{name}' of '{cls.name}' object has no getter")
        return Redirect(attr.fget, (obj,))
    d = obj.dict if type(obj) is Instance else (obj.attrs or {})
    if name in d:
        return d[name]
    if ta is Function:
        return BoundMethod(attr, obj)
    if ta is ClassMethod:
        return BoundMethod(attr.func, cls)
    if ta is StaticMethod:
        return attr.func
    if ta is Builtin and attr.self is NULL and attr.fn in _object_method_fns():
        return Builtin(attr.name, attr.fn, obj)
    return attr


def _object_method_fns():
    from .classes import OBJECT_METHOD_FNS

    return OBJECT_METHOD_FNS


_INSTANCE_SPECIALS = {"__class__", "__dict__", "__module__", "__doc__"}


def _instance_attr(obj, name: str, d: dict):
    found = _class_level(obj, name)
    if found is not MISSING:
        return found
    if name in d:
        return d[name]
    if name in _INSTANCE_SPECIALS:
        if name == "__class__":
            return obj.cls
        if name == "__dict__":
            return d
        return obj.cls.dict.get(name)
    hook = obj.cls.lookup("__getattr__")
    if type(hook) is Function:
        return Redirect(hook, (obj, name))
    raise AttributeError(f"'{obj.cls.name}' object has no attribute '{name}'")


def _class_attr(cls: GClass, name: str):
    attr = cls.lookup(name)
    if attr is not MISSING:
        ta = type(attr)
        if ta is ClassMethod:
            return BoundMethod(attr.func, cls)
        if ta is StaticMethod:
            return attr.func
        return attr
    getter = _CLASS_ATTRS.get(name)
    if getter is not None:
        return getter(cls)
    raise AttributeError(f"type object '{cls.name}' has no attribute '{name}'")


def load_plain(obj, name: str):
    """`object.__getattribute__(obj, name)`."""
    return load_attr(obj, name)


def store_plain(obj, name: str, value):
    """`object.__setattr__(obj, name, value)`: descriptors, then the instance dict."""
    if type(obj) is Instance or type(obj) is ExcInstance and obj.cls.user:
        attr = obj.cls.lookup(name)
        if type(attr) is Property:
            if attr.fset is None:
                raise AttributeError(f"property '{name}' of '{obj.cls.name}' object has no setter")
            return Redirect(attr.fset, (obj, value))
        if type(obj) is Instance:
            if name == "__class__" or name == "__dict__":
                raise AttributeError(f"assigning {name} is not supported in the sandbox")
            obj.dict[name] = value
            return None
    return store_attr(obj, name, value, hooks=False)


def delete_plain(obj, name: str):
    if type(obj) is Instance or type(obj) is ExcInstance and obj.cls.user:
        attr = obj.cls.lookup(name)
        if type(attr) is Property:
            if attr.fdel is None:
                raise AttributeError(f"property '{name}' of '{obj.cls.name}' object has no deleter")
            return Redirect(attr.fdel, (obj,))
        if type(obj) is Instance:
            try:
                del obj.dict[name]
            except KeyError:
                raise AttributeError(f"'{obj.cls.name}' object has no attribute '{name}'") from None
            return None
    return delete_attr(obj, name, hooks=False)


def load_method(obj, name: str):
    """(callable, self) for `obj.name(...)`: self is NULL when the attribute is not a method."""
    t = type(obj)
    if t in METHODS:
        fn = METHODS[t].get(name)
        if fn is not None:
            return fn, obj
    return load_attr(obj, name), NULL


def store_attr(obj, name: str, value, hooks: bool = True):
    """Assign `obj.name = value`. Returns None, or a Redirect when guest code (a property setter, a
    `__setattr__`) must do the work."""
    t = type(obj)
    if hooks and (t is Instance or t is ExcInstance and obj.cls.user):
        hook = obj.cls.lookup("__setattr__")
        if type(hook) is Function:
            return Redirect(hook, (obj, name, value))
        return store_plain(obj, name, value)
    if t is GClass and obj.user:
        if name.startswith("__") and name.endswith("__"):
            return _store_class_dunder(obj, name, value)
        obj.dict[name] = value
        return None
    if t is Function:
        if name.startswith("__") and name.endswith("__"):
            field = _SETTABLE_FUNCTION_DUNDERS.get(name)
            if field is not None:
                if name != "__doc__" and type(value) is not str:
                    raise TypeError(f"{name} must be set to a string object")
                setattr(obj, field, value)
                return
            if name not in ("__wrapped__", "__isabstractmethod__"):
                raise AttributeError(f"'function' object attribute '{name}' is read-only")
        if obj.attrs is None:
            obj.attrs = {}
        obj.attrs[name] = value
        return
    if t is Module:
        obj.attrs[name] = value
        return
    if t is ExcInstance:
        if name == "__cause__":
            obj.cause = value
            obj.suppress_context = True
            return
        if name == "__context__":
            obj.context = value
            return
        if name == "__suppress_context__":
            obj.suppress_context = bool(value)
            return
        if name == "args":
            obj.args = tuple(value)
            return
        if name.startswith("__"):
            raise AttributeError(f"'{obj.cls.name}' object attribute '{name}' is read-only")
        if obj.attrs is None:
            obj.attrs = {}
        obj.attrs[name] = value
        return
    if t is type or t is GClass:
        tname = obj.__name__ if t is type else obj.name
        raise TypeError(f"cannot set '{name}' attribute of immutable type '{tname}'")
    if t is containers.NamedTupleValue:
        containers.namedtuple_setattr(obj, name)
    setter = containers.DATA_SETTERS.get((t, name))
    if setter is not None:  # defaultdict.default_factory
        setter(obj, value)
        return None
    if t in METHODS and name in METHODS[t]:
        raise AttributeError(f"'{t.__name__}' object attribute '{name}' is read-only")
    raise AttributeError(f"'{type_name(obj)}' object has no attribute '{name}'")


_CLASS_STRUCTURE = frozenset({"__class__", "__dict__", "__bases__", "__mro__", "__slots__", "__weakref__",
                              "__base__", "__subclasses__"})
_CLASS_NAMES = {"__name__": "name", "__qualname__": "qualname", "__module__": "module"}


def _store_class_dunder(cls: GClass, name: str, value):
    """`C.__eq__ = f` (class decorators such as dataclass do this): methods and data go in the class
    namespace, wrapped as the class statement would; the class's structure stays out of reach."""
    if name in _CLASS_STRUCTURE:
        raise AttributeError(f"setting '{name}' on a class is not supported in the sandbox")
    field = _CLASS_NAMES.get(name)
    if field is not None:
        if type(value) is not str:
            raise TypeError(f"can only assign string to {cls.name}.{name}, not '{type_name(value)}'")
        setattr(cls, field, value)
        if name in cls.dict or name == "__module__":
            cls.dict[name] = value
        return None
    if type(value) is Function and name in ("__init_subclass__", "__class_getitem__"):
        value = ClassMethod(value)
    elif type(value) is Function and name == "__new__":
        value = StaticMethod(value)
    cls.dict[name] = value
    return None


def delete_attr(obj, name: str, hooks: bool = True):
    t = type(obj)
    if hooks and (t is Instance or t is ExcInstance and obj.cls.user):
        hook = obj.cls.lookup("__delattr__")
        if type(hook) is Function:
            return Redirect(hook, (obj, name))
        return delete_plain(obj, name)
    if t is GClass and obj.user:
        if name not in obj.dict:
            raise AttributeError(f"type object '{obj.name}' has no attribute '{name}'")
        del obj.dict[name]
        return None
    if t is Function and obj.attrs and name in obj.attrs:
        del obj.attrs[name]
        return
    if t is Module and name in obj.attrs:
        del obj.attrs[name]
        return
    if t is ExcInstance and obj.attrs and name in obj.attrs:
        del obj.attrs[name]
        return
    if t is containers.NamedTupleValue:
        containers.namedtuple_delattr(obj, name)
    if t in METHODS and name in METHODS[t]:
        raise AttributeError(f"'{t.__name__}' object attribute '{name}' is read-only")
    raise AttributeError(f"'{type_name(obj)}' object has no attribute '{name}'")


# `hasattr(x, "__iter__")` is how code asks "is this iterable?": answer these protocol questions truthfully
# without making the dunders themselves reachable.
_PROTOCOLS = frozenset({"__iter__", "__next__", "__len__", "__getitem__", "__setitem__", "__delitem__",
                        "__contains__", "__call__", "__hash__", "__eq__", "__lt__", "__add__", "__bool__",
                        "__reversed__", "__index__", "__int__", "__float__", "__str__", "__repr__"})


def has_attr(obj, name: str) -> bool:
    if name in _PROTOCOLS:
        t = type(obj)
        if t is Generator:
            return name in ("__iter__", "__next__", "__hash__", "__eq__", "__str__", "__repr__")
        if t in (Function, Builtin, BoundMethod, GClass, ExternalFunction, type):
            return name in ("__call__", "__hash__", "__eq__", "__str__", "__repr__")
        if t in METHODS or t in (tuple, containers.NamedTupleValue):
            return hasattr(t, name)
        return name in ("__hash__", "__eq__", "__str__", "__repr__")
    try:
        load_attr(obj, name)
    except AttributeError:
        return False
    return True


# Filled in by the builtins module (they need the prelude).
GENERATOR_METHODS: dict = {}
STREAM_METHODS: dict = {}
