"""Native objects that stdlib modules hand to guest code (a hash object, a random generator's state).

A `NativeObject` is opaque: guest code reaches only the names in its class's `ATTRS` (data, read by a
getter) and `METHODS` (called with the object first), through `runtime/attrs.py`. It defines no dunder
that runs anything a guest chose; its repr, hash and id reveal no host address. Its class carries
CPython's names (`<class '_hashlib.HASH'>`), since `type(obj)` hands the class to guest code.

Snapshots save one as `[K_STDLIB_OBJECT, module, kind, state]` where `state` is plain msgpack data
(`save()`), and rebuild it with the registered class's `restore(state)`, which must validate everything:
the bytes are hostile. Only classes registered here, from native stdlib files, can be named.
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..values import fake_address

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
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

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
