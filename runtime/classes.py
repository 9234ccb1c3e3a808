"""Guest classes: creating them, instantiating them, and finding their special methods.

The control flow lives in the prelude (guest code), so that `__init__`, `__add__`, `__eq__`... run as
guest frames that count against the limits and can pause at host calls; this module holds the natives
those prelude functions use. Dunder methods are only ever looked up in guest class dictionaries: no
dunder of a real Python object is reachable.
"""

from __future__ import annotations

from .values import (EXC, MISSING, NULL, BoundMethod, Builtin, ClassMethod, ExcInstance, Function, GClass,
                     Instance, MroError, Property, Redirect, StaticMethod, Super, exception_str, fake_address,
                     identity_hash, type_name)


class RunClassBody:
    """Returned by `_run_class_body`: the VM runs `body` with `namespace` as its frame's namespace."""

    __slots__ = ("body", "namespace")

    def __init__(self, body, namespace):
        self.body = body
        self.namespace = namespace


def build_class(*args, **kwargs):
    """`__build_class__(body, name, *bases, **keywords)`: the work is the prelude's `_build_class`."""
    from .attrs import PRELUDE

    if len(args) < 2:
        raise TypeError("__build_class__: not enough arguments")
    body, name, bases = args[0], args[1], args[2:]
    return Redirect(PRELUDE["_build_class"], (body, name, bases, kwargs))


def run_class_body(body, namespace):
    return RunClassBody(body, namespace)


def class_namespace():
    return {}


def make_class(name, bases, namespace, cell, kwargs):
    if "metaclass" in kwargs:
        raise TypeError("metaclasses are not supported in the sandbox")
    checked = []
    for b in bases:
        if type(b) is GClass:
            checked.append(b)
        elif b is object:
            continue
        elif type(b) is type:
            raise TypeError(f"subclassing the builtin type '{b.__name__}' is not supported in the sandbox")
        else:
            raise TypeError(f"bases must be types, not {type_name(b)}")
    if "__eq__" in namespace and "__hash__" not in namespace:
        namespace["__hash__"] = None
    if "__slots__" in namespace and not _namedtuple_slots(namespace["__slots__"], checked):
        raise TypeError("__slots__ is not supported in the sandbox; remove it (attributes work without it)")
    for method in ("__new__", "__init_subclass__", "__class_getitem__"):
        value = namespace.get(method)
        if type(value) is Function and method != "__new__":
            namespace[method] = ClassMethod(value)
        elif type(value) is Function:
            namespace[method] = StaticMethod(value)
    for i, b in enumerate(checked):
        if b in checked[:i]:
            raise TypeError(f"duplicate base class {b.name}")
    try:
        cls = GClass(name, checked, module=namespace.get("__module__", "__main__"), namespace=namespace,
                     qualname=namespace.get("__qualname__", name))
    except MroError as e:
        heads = []  # CPython names the classes still in conflict: the heads of what was left to merge
        for remaining in e.args[0]:
            if remaining[0] not in heads:
                heads.append(remaining[0])
        names = ", ".join(h.name for h in heads)
        raise TypeError(f"Cannot create a consistent method resolution\norder (MRO) for bases {names}") from None
    if cell is not None:
        cell.v = cls
    _finish_class(cls, namespace, kwargs)
    return cls


def _namedtuple_slots(slots, bases) -> bool:
    """`__slots__ = ()` in a subclass of a namedtuple class (the idiom that keeps its instances without a
    `__dict__`): what the sandbox does for them anyway."""
    from .containers import is_namedtuple_class

    return type(slots) in (tuple, list) and not slots and any(is_namedtuple_class(b) for b in bases)


def _finish_class(cls, namespace, kwargs):
    """The last steps of CPython's type.__new__: `__set_name__(owner, name)` on each namespace value
    whose class defines it, then the parent's `__init_subclass__(**kwargs)` (object's takes no
    keyword arguments). They run as nested guest calls (so they cannot pause at a host call)."""
    from .attrs import PRELUDE
    from .state import current_vm

    for attr_name, value in list(namespace.items()):
        if type(value) is Instance and value.cls.user:
            hook = class_special(value.cls, "__set_name__")
            if hook is not None:
                _nested(current_vm(), hook, (value, cls, attr_name))
    for klass in cls.mro[1:]:
        hook = klass.dict.get("__init_subclass__") if klass.user else None
        if hook is not None:
            fn = hook.func if type(hook) is ClassMethod else hook
            if type(fn) is not Function:
                break
            _nested(current_vm(), PRELUDE["_call_none"], (BoundMethod(fn, cls), (), dict(kwargs)))
            return
    if kwargs:
        raise TypeError(f"{cls.name}.__init_subclass__() takes no keyword arguments")


# ---------------------------------------------------------------- instances


def new_instance(cls: GClass, args):
    if cls.exception:
        return ExcInstance(cls, tuple(args))
    return Instance(cls)


def class_special(cls, name: str):
    """The guest function implementing `name` for instances of `cls`, or None (builtins and object)."""
    if type(cls) is not GClass:
        return None
    attr = cls.lookup(name)
    t = type(attr)
    if t is Function:
        return attr
    if t is StaticMethod or t is ClassMethod:
        return attr.func
    return None


def special(obj, name: str):
    """The bound guest method `obj.name` if obj's class defines it, else None. For a guest class itself,
    its classmethod `__class_<name>__` (what the sandbox has instead of metaclass methods)."""
    t = type(obj)
    if t is GClass:
        if not obj.user or not name.startswith("__"):
            return None
        attr = obj.lookup("__class_" + name[2:])
        if type(attr) is ClassMethod:
            return BoundMethod(attr.func, obj)
        return None
    if t is Instance or t is ExcInstance:
        cls = obj.cls
        if not cls.user:
            return None
        attr = cls.lookup(name)
        ta = type(attr)
        if ta is Function:
            return BoundMethod(attr, obj)
        if ta is ClassMethod:
            return BoundMethod(attr.func, cls)
        if ta is StaticMethod:
            return attr.func
        if ta is Builtin and attr.self is NULL and attr.fn in OBJECT_METHOD_FNS:  # `__hash__ = object.__hash__`
            return Builtin(attr.name, attr.fn, obj)
        if attr is not MISSING and attr is not None:
            return attr
    return None


def call_special(obj, name: str, *args):
    """Call obj's guest `name` method with args, or give NotImplemented when it has none."""
    method = special(obj, name)
    if method is None:
        if name == "__ne__":
            eq = special(obj, "__eq__")
            if eq is not None:
                from .attrs import PRELUDE

                return Redirect(PRELUDE["_ne_from_eq"], (obj, args[0]))
        return NotImplemented
    return Redirect(method, args)


def is_guest_instance(obj) -> bool:
    t = type(obj)
    return (t is Instance or t is ExcInstance) and obj.cls.user


def guest_class(obj):
    t = type(obj)
    if t is Instance or t is ExcInstance:
        return obj.cls
    return None


def reflected_first(a, b, rname: str) -> bool:
    """CPython tries the right operand's reflected method first when its type is a proper subclass of
    the left operand's type and overrides that method."""
    ca, cb = guest_class(b), guest_class(a)
    if ca is None or ca is cb:
        return False
    if cb is not None and cb not in ca.mro:
        return False
    if cb is None:
        return False
    return any(rname in k.dict for k in ca.mro[:ca.mro.index(cb)])


def same_type(a, b) -> bool:
    ca, cb = guest_class(a), guest_class(b)
    if ca is not None or cb is not None:
        return ca is cb
    return type(a) is type(b)


def default_repr(obj) -> str:
    if type(obj) is ExcInstance or type(obj) is GClass:
        return obj.native_repr()
    if type(obj) is Instance:
        return f"<{obj.cls.module}.{obj.cls.qualname} object at {fake_address(obj)}>"
    return repr(obj)


def default_str(obj) -> str:
    if type(obj) is ExcInstance:
        return exception_str(obj)
    return default_repr(obj)


def is_instance_of(obj, cls) -> bool:
    from .builtins import _isinstance

    return _isinstance(obj, cls)


def is_exception_class(cls) -> bool:
    return type(cls) is GClass and cls.exception


def qualname_of(cls) -> str:
    return cls.qualname if type(cls) is GClass else getattr(cls, "__qualname__", type_name(cls))


def is_hashable_class(cls) -> bool:
    """A class that defines __eq__ without __hash__ gets `__hash__ = None` (as in CPython), and so do
    its subclasses unless they define one."""
    return cls.lookup("__hash__") is not None


# ---------------------------------------------------------------- native protocols on instances

MAX_NESTED = 64  # guest methods run below native operations, each nesting costs Python stack
_COMPARE_FALLBACK = {"__eq__": None, "__ne__": None, "__lt__": None, "__le__": None, "__gt__": None,
                     "__ge__": None}
_PROTOCOL_PRELUDE = {"__repr__": "_repr", "__str__": "_str", "__bool__": "_truth", "__format__": "_format"}


def guest_protocol(obj, name: str, args: tuple):
    """`Instance.__<name>__` for native callers: the guest class's own method as a nested guest call,
    or object's default behaviour when the class has none."""
    from .attrs import PRELUDE
    from .state import current_vm

    cls = obj if type(obj) is GClass else obj.cls
    method = special(obj, name) if cls.user else None
    if name in _COMPARE_FALLBACK:
        if method is None:
            if name == "__ne__" and special(obj, "__eq__") is not None:
                result = guest_protocol(obj, "__eq__", args)
                return result if result is NotImplemented else not result
            if name == "__eq__":
                return True if obj is args[0] else NotImplemented
            if name == "__ne__":
                return False if obj is args[0] else NotImplemented
            return NotImplemented
        return _nested(current_vm(), method, args)
    if name == "__hash__":
        if method is None:
            if cls.lookup("__hash__") is None:
                raise TypeError(f"unhashable type: '{cls.name}'")
            return identity_hash(obj)
        result = _nested(current_vm(), method, ())
        if type(result) is not int and type(result) is not bool:
            raise TypeError("__hash__ method should return an integer")
        return result
    vm = current_vm()
    if name == "__format__":
        if vm is None:
            return default_str(obj)
        return _nested(vm, PRELUDE["_format"], (obj,) + tuple(args))
    if method is None and name != "__str__" or vm is None:
        if name == "__bool__":
            return True if special(obj, "__len__") is None else _nested(vm, PRELUDE["_truth"], (obj,))
        return default_str(obj) if name == "__str__" else default_repr(obj)
    result = _nested(vm, PRELUDE[_PROTOCOL_PRELUDE[name]], (obj,))
    if type(result) is str and len(result) > 64:  # a native repr/str is about to copy it into its result
        vm.tracker.charge_nested_text(len(result))
    return result


def _nested(vm, fn, args):
    if vm is None:
        raise RuntimeError("guest methods can only run while the program runs")
    if vm.nested >= MAX_NESTED:
        raise RecursionError("maximum recursion depth exceeded while calling a Python object")
    return vm.nested_call(fn, args)


# ---------------------------------------------------------------- object's and BaseException's methods


def _object_init(self, *args, **kwargs):
    if (args or kwargs) and type(self) is Instance:
        init = self.cls.lookup("__init__")
        new = self.cls.lookup("__new__")
        if init is MISSING or new is MISSING:
            raise TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
    return None


def _exception_init(self, *args, **kwargs):
    if kwargs:
        raise TypeError(f"{self.cls.name}() takes no keyword arguments")
    self.args = tuple(args)
    self.text = None
    return None


def _object_new(cls, *args, **kwargs):
    if type(cls) is not GClass:
        raise TypeError("object.__new__(X): X is not a type object")
    return new_instance(cls, args)


def _object_setattr(self, name, value):
    from .attrs import store_plain

    store_plain(self, name, value)


def _object_delattr(self, name):
    from .attrs import delete_plain

    delete_plain(self, name)


def _object_getattribute(self, name):
    from .attrs import load_plain

    return load_plain(self, name)


def _object_eq(self, other):
    return True if self is other else NotImplemented


def _object_ne(self, other):
    if special(self, "__eq__") is not None:  # object.__ne__ inverts the class's __eq__
        from .attrs import PRELUDE

        return Redirect(PRELUDE["_ne_from_eq"], (self, other))
    return False if self is other else NotImplemented


def _object_str(self):
    """object.__str__ is the class's repr."""
    from .attrs import PRELUDE

    return Redirect(PRELUDE["_repr"], (self,))


def _object_hash(self):
    return object.__hash__(self) if type(self) is Instance else hash(self)


def _object_format(self, spec):
    if spec:
        raise TypeError(f"unsupported format string passed to {type_name(self)}.__format__")
    from .attrs import PRELUDE

    return Redirect(PRELUDE["_str"], (self,))


def _object_init_subclass(cls=object, **kwargs):
    if kwargs:
        name = cls.name if type(cls) is GClass else getattr(cls, "__name__", "object")
        raise TypeError(f"{name}.__init_subclass__() takes no keyword arguments")
    return None


OBJECT_METHODS = {
    "__init_subclass__": _object_init_subclass,
    "__init__": _object_init, "__new__": _object_new, "__setattr__": _object_setattr,
    "__delattr__": _object_delattr, "__getattribute__": _object_getattribute,
    "__eq__": _object_eq, "__ne__": _object_ne, "__hash__": _object_hash,
    "__repr__": default_repr, "__str__": _object_str, "__format__": _object_format,
}
OBJECT_METHOD_FNS = frozenset(OBJECT_METHODS.values())
EXCEPTION_METHODS = dict(OBJECT_METHODS, __init__=_exception_init, __str__=exception_str,
                         __repr__=default_repr)


def super_attr(sup: Super, name: str):
    """`super(C, obj).name`: the next definition after C in obj's MRO, bound to obj."""
    obj = sup.obj
    start_cls = sup.cls
    owner = obj if type(obj) is GClass else guest_class(obj)
    if owner is None or start_cls not in owner.mro:
        raise TypeError("super(type, obj): obj must be an instance or subtype of type")
    mro = owner.mro
    for klass in mro[mro.index(start_cls) + 1:]:
        if name in klass.dict:
            attr = klass.dict[name]
            t = type(attr)
            if t is Function:
                return attr if type(obj) is GClass else BoundMethod(attr, obj)
            if t is ClassMethod:
                return BoundMethod(attr.func, owner)
            if t is StaticMethod:
                return attr.func
            if t is Property:
                if attr.fget is None:
                    raise AttributeError(f"property '{name}' of 'super' object has no getter")
                return Redirect(attr.fget, (obj,))
            return attr
    table = EXCEPTION_METHODS if owner.exception else OBJECT_METHODS
    fn = table.get(name)
    if fn is not None:
        if name == "__new__":
            return Builtin(name, fn)
        return Builtin(name, fn, obj)
    raise AttributeError(f"'super' object has no attribute '{name}'")


def make_super(*args):
    if not args:
        raise RuntimeError("super(): no arguments")
    if len(args) != 2:
        raise TypeError("super() takes exactly two arguments in the sandbox (or none, inside a method)")
    cls, obj = args
    if type(cls) is not GClass:
        raise TypeError(f"super() argument 1 must be a type, not {type_name(cls)}")
    owner = obj if type(obj) is GClass else guest_class(obj)
    if owner is None or cls not in owner.mro:
        raise TypeError("super(type, obj): obj must be an instance or subtype of type")
    return Super(cls, obj)


def make_property(fget=None, fset=None, fdel=None, doc=None):
    return Property(fget, fset, fdel, doc)


def make_classmethod(func):
    return ClassMethod(func)


def make_staticmethod(func):
    return StaticMethod(func)


def holds_guest(iterable) -> bool:
    from .builtins import _holds_guest

    return _holds_guest(iterable)


def escape_ascii(text: str) -> str:
    return text.encode("ascii", "backslashreplace").decode("ascii")


def class_has(obj, name: str) -> bool:
    cls = guest_class(obj)
    return cls is not None and cls.lookup(name) is not MISSING


PRELUDE_HELPERS = {
    "_class_has": class_has,
    "_holds_guest": holds_guest, "_escape_ascii": escape_ascii,
    "_class_namespace": class_namespace, "_run_class_body": run_class_body, "_make_class": make_class,
    "_new_instance": new_instance, "_class_special": class_special, "_special": special,
    "_call_special": call_special, "_reflected_first": reflected_first, "_same_type": same_type,
    "_default_repr": default_repr, "_default_str": default_str, "_is_instance_of": is_instance_of,
    "_is_exception_class": is_exception_class, "_qualname": qualname_of, "_type_name": type_name,
}
NULL_SELF = NULL


def _install():
    from . import values

    values.GUEST_PROTOCOL = guest_protocol


_install()
