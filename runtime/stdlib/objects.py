"""Native objects that stdlib modules hand to guest code (a hash object, a random generator's state).

A `NativeObject` is opaque: guest code reaches only the names in its class's `ATTRS` (data, read by a
getter) and `METHODS` (called with the object first), through `runtime/attrs.py`. It defines no dunder
that runs anything a guest chose; its repr, hash and id reveal no host address. Its class carries
CPython's names (`<class '_hashlib.HASH'>`), since `type(obj)` hands the class to guest code.

Snapshots save one as `[K_STDLIB_OBJECT, module, kind, state]` where `state` is plain msgpack data
(`save()`; lists come back as tuples), and rebuild it with the registered class's `restore(state)`, which
must validate everything: the bytes are hostile. Only classes registered here, from native stdlib files,
can be named.
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..values import ExcInstance, Instance, fake_address, type_name

KINDS: Dict[Tuple[str, str], type] = {}  # (module, kind) -> class


class NativeObject:
    __slots__ = ("_serial",)
    MODULE = ""  # the native stdlib module whose file defines the class (snapshots import it by this name)
    KIND = ""
    ATTRS: dict = {}  # name -> getter(obj)
    METHODS: dict = {}  # name -> fn(obj, *args, **kwargs)

    def __repr__(self):
        return f"<{type(self).__name__} object at {fake_address(self)}>"

    def __hash__(self):
        return int(fake_address(self), 16) >> 4

    def guest_attr(self, name: str):
        from ..values import Builtin

        getter = self.ATTRS.get(name)
        if getter is not None:
            return getter(self)
        fn = self.METHODS.get(name)
        if fn is not None:
            return Builtin(name, fn, self)
        raise AttributeError(f"'{type(self).__module__}.{type(self).__name__}' object has no attribute '{name}'")

    def save(self) -> list:  # pragma: no cover - every registered class overrides it
        raise ValueError(f"a value of type {type(self).__name__} cannot be saved")

    @classmethod
    def restore(cls, state):  # pragma: no cover
        raise ValueError("cannot restore")


def register(module: str, kind: str, guest_name: str, guest_module: str):
    """Class decorator: a native object kind of `module`, shown to guests as `guest_module.guest_name`."""
    def deco(cls):
        cls.MODULE, cls.KIND = module, kind
        cls.__name__ = guest_name
        cls.__qualname__ = guest_name
        cls.__module__ = guest_module
        KINDS[(module, kind)] = cls
        return cls
    return deco


def restore(module, kind, state):
    """The object a snapshot entry describes; ValueError if the entry is not a valid one."""
    from . import NATIVE_FILES, native_factory

    if type(module) is not str or type(kind) is not str or module not in NATIVE_FILES:
        raise ValueError("unknown stdlib object")
    native_factory(module)  # imports the file, which registers its kinds
    cls = KINDS.get((module, kind))
    if cls is None:
        raise ValueError(f"unknown stdlib object {module}.{kind}")
    obj = cls.restore(state)
    if type(obj) is not cls:
        raise ValueError("bad stdlib object")
    return obj


# ---------------------------------------------------------------- calling host functions with guest values

GUEST_INSTANCES = (Instance, ExcInstance)
_STAND_INS: dict = {}


def stand_in(v):
    """For a guest class instance: a host object of the same type name and no behaviour at all, so that a
    host function given it fails with CPython's TypeError naming the guest's class (`must be real number,
    not Foo`) and never runs guest code natively. Other values are returned as they are."""
    if type(v) is not Instance and type(v) is not ExcInstance:
        return v
    name = type_name(v)
    cls = _STAND_INS.get(name)
    if cls is None:
        if len(_STAND_INS) > 256:
            _STAND_INS.clear()
        cls = _STAND_INS[name] = type(name, (), {"__slots__": ()})
    return cls()


def plain_args(args, kwargs):
    """(args, kwargs) with guest class instances replaced by stand-ins."""
    if any(type(a) is Instance or type(a) is ExcInstance for a in args):
        args = tuple(stand_in(a) for a in args)
    if kwargs and any(type(v) is Instance or type(v) is ExcInstance for v in kwargs.values()):
        kwargs = {k: stand_in(v) for k, v in kwargs.items()}
    return args, kwargs


# ---------------------------------------------------------------- exception classes of native modules


def error_class(module: str, name: str, base):
    """A fresh exception class `module.name` (a guest class deriving from the builtin exception class
    `base`) for a native module being made for a run. Snapshots save it like any class a program
    defines."""
    from ..values import GClass

    cls = GClass(name, [base], module=module, namespace={"__module__": module, "__qualname__": name})
    return cls


def raise_module_error(module: str, name: str, message: str, fallback=ValueError):
    """Raise the run's `module.name` exception (as guest code would), or `fallback` if the module's
    attribute is not an exception class any more."""
    from ..state import current_vm
    from ..values import ExcInstance, GClass
    from ..vm import NestedError

    vm = current_vm()
    mod = vm.modules.get(module) if vm is not None else None
    cls = mod.attrs.get(name) if mod is not None else None
    if type(cls) is GClass and cls.exception:
        raise NestedError(ExcInstance(cls, (message,)))
    raise fallback(message)


def load_module(name: str):
    """The run's module `name` (imported now if the program has not imported it yet); None outside a run
    (when a tool lists a module's names)."""
    from ..state import current_vm

    vm = current_vm()
    return vm._load_module(name) if vm is not None else None
