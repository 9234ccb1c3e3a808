"""Guest values that are not plain Python data: functions, cells, generators, modules, exception classes
and instances, host-function stubs.

Immutable primitives (int, float, bool, None, str, bytes, tuple) and the containers (list, dict, set,
frozenset) are plain Python objects, safe because their C operations never call back into Python. Every
value with behaviour is one of the classes here. They carry CPython's type names (so native error
messages read the same) and define no dunder that could run anything: reprs are plain text, and there is
no `__call__`, `__iter__`, `__getattr__` or operator — native code can only print or compare them by identity.
"""

from __future__ import annotations

import builtins as _py
import hashlib
import itertools
import os
import re
from typing import Callable, Optional




class _Sentinel:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


UNBOUND = _Sentinel("<unbound>")
NULL = _Sentinel("<null>")
MISSING = _Sentinel("<missing>")

_serial = itertools.count(1)


_FAKE_BASE = 0x7F0000000000
_BY_ADDRESS: dict = {}  # host address -> serial, for objects with no `_serial` slot (native iterators...)
_BY_ADDRESS_CAP = 1 << 16


def fake_address(obj) -> str:
    """A stable, made-up address for reprs: host addresses never reach guest code."""
    serial = getattr(obj, "_serial", None)
    if serial is None:
        try:
            serial = next(_serial)
            obj._serial = serial
        except (AttributeError, TypeError):  # a native object (list_iterator, object(), a type): by address
            return _fake_for(id(obj))
    return f"0x{_FAKE_BASE + serial * 16:x}"


def _fake_for(address: int) -> str:
    """The made-up address shown for the native object at host `address`. Like CPython's, it is the same
    for as long as the object lives (and may come back for a later object at the same address)."""
    serial = _BY_ADDRESS.get(address)
    if serial is None:
        if len(_BY_ADDRESS) >= _BY_ADDRESS_CAP:
            _BY_ADDRESS.clear()
        serial = _BY_ADDRESS[address] = next(_serial)
    return f"0x{_FAKE_BASE + serial * 16:x}"


_SHOWN_ADDRESS = re.compile(r" at 0x([0-9a-fA-F]{1,16})>")


def _is_fake(address: int) -> bool:
    offset = address - _FAKE_BASE
    return offset > 0 and not offset & 15 and offset >> 4 < int(repr(_serial)[6:-1])  # count(N): N is the next serial


def _replace_address(m) -> str:
    address = int(m.group(1), 16)
    if _is_fake(address):
        return m.group(0)
    return f" at {_fake_for(address)}>"


def hide_addresses(text, keep=""):
    """`text` (made natively from guest values: a repr, a str, a formatted field) with every host address
    that CPython's default reprs show (`<list_iterator object at 0x7f...>`, `<object object at 0x...>`)
    replaced by the made-up address of the object at that address. Callers test `" at 0x" in text` first
    (the common case costs nothing). Occurrences that are part of `keep` (a template's own literal text)
    stay as they are. bytes (`b'%r' % x`) are handled too."""
    if type(text) is not str:
        if b" at 0x" not in text:
            return text
        return type(text)(hide_addresses(text.decode("latin-1"), keep.decode("latin-1") if keep else "")
                          .encode("latin-1"))
    if keep:
        return _SHOWN_ADDRESS.sub(lambda m: m.group(0) if m.group(0) in keep else _replace_address(m), text)
    return _SHOWN_ADDRESS.sub(_replace_address, text)


_ID_ROUNDS = [hashlib.blake2b(digest_size=4, key=os.urandom(16), person=bytes((r,)) * 16) for r in range(4)]


def identity_hash(obj) -> int:
    """hash() of an object hashed by identity: CPython hashes its address (shifted), here the made-up one."""
    return int(fake_address(obj), 16) >> 4


def guest_id(obj) -> int:
    """`id(obj)`: stable and unique for as long as the object lives, and no host address.

    Values with behaviour have a serial (the made-up address of their repr). Plain data is keyed by its
    host address under a keyed permutation (a Feistel network over blake2b with a per-process secret):
    equal addresses give equal ids, distinct ones distinct ids, and the address cannot be recovered."""
    if hasattr(type(obj), "_serial"):
        return int(fake_address(obj), 16)
    n = id(obj) & 0xFFFFFFFFFFFFFFFF
    left, right = n >> 32, n & 0xFFFFFFFF
    for keyed in _ID_ROUNDS:
        h = keyed.copy()
        h.update(right.to_bytes(4, "little"))
        left, right = right, left ^ int.from_bytes(h.digest(), "little")
    return (left << 32) | right


def _named(name):
    """Give a runtime class CPython's name for its values. `type(value)` can hand the class to guest code,
    so its repr must be CPython's, `<class 'function'>`, and name no host module."""
    def deco(cls):
        cls.__name__ = name
        cls.__qualname__ = name
        cls.__module__ = "builtins"
        return cls
    return deco


@_named("cell")
class Cell:
    __slots__ = ("v",)

    def __init__(self, v=UNBOUND):
        self.v = v

    def __repr__(self):
        return f"<cell at {fake_address(self)}>"


@_named("function")
class Function:
    __slots__ = ("code", "globals", "defaults", "kwdefaults", "closure", "name", "qualname", "doc",
                 "attrs", "_serial")

    def __init__(self, code, globals_: dict, defaults=(), kwdefaults=None, closure=()):
        self.code = code
        self.globals = globals_
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
        self.doc = code.docstring
        self.attrs = None
        self._serial = None

    def __repr__(self):
        return f"<function {self.qualname} at {fake_address(self)}>"


@_named("builtin_function_or_method")
class Builtin:
    """A native builtin function or a native method bound to a guest value (`[].append`)."""

    __slots__ = ("name", "fn", "self", "owner", "_serial")

    def __init__(self, name: str, fn, self_=NULL, owner: Optional[str] = None):
        self.name = name
        self.fn = fn
        self.self = self_
        self.owner = owner  # the type name for methods
        self._serial = None

    def __repr__(self):
        if self.self is NULL:
            return f"<built-in function {self.name}>"
        if isinstance(self.self, type):
            return f"<built-in method {self.name} of type object at {fake_address(self.self)}>"
        return f"<built-in method {self.name} of {type_name(self.self)} object at {fake_address(self)}>"


@_named("method")
class BoundMethod:
    """A guest function bound to an object."""

    __slots__ = ("func", "self", "_serial")

    def __init__(self, func, self_):
        self.func = func
        self.self = self_
        self._serial = None

    def __repr__(self):
        return f"<bound method {self.func.qualname} of {guest_repr_short(self.self)}>"


@_named("generator")
class Generator:
    __slots__ = ("frame", "name", "qualname", "running", "finished", "started", "exc_state", "next_default",
                 "_serial")

    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.running = False
        self.finished = False
        self.started = False
        self.exc_state = None
        self.next_default = None  # while resumed by next()/send(): what a return gives (MISSING: raise)
        self._serial = None

    def __repr__(self):
        return f"<generator object {self.qualname} at {fake_address(self)}>"


@_named("coroutine")
class Coroutine(Generator):
    """What calling an `async def` gives. It runs like a generator (send/throw/close), but only `await`
    and the event loop drive it: it is not iterable."""

    __slots__ = ()

    def __repr__(self):
        return f"<coroutine object {self.qualname} at {fake_address(self)}>"


@_named("coroutine")
class HostFuture:
    """The guest's handle on a host call that is still running (an async host function, or a call the
    host answered with `resume(future=True)`): awaiting it waits, in the event loop, for the host's
    result for `call_id`."""

    __slots__ = ("call_id", "name", "awaited", "_serial")

    def __init__(self, call_id: int, name: str):
        self.call_id = call_id
        self.name = name
        self.awaited = False
        self._serial = None

    def __repr__(self):
        return f"<coroutine object {self.name} at {fake_address(self)}>"


@_named("module")
class Module:
    __slots__ = ("name", "attrs", "_serial")

    def __init__(self, name: str, attrs: dict):
        self.name = name
        self.attrs = attrs
        self._serial = None

    def __repr__(self):
        return f"<module '{self.name}' (built-in)>"


@_named("function")
class ExternalFunction:
    """A host function the program declared: calling it pauses or calls out to the host."""

    __slots__ = ("name", "_serial")

    def __init__(self, name: str):
        self.name = name
        self._serial = None

    def __repr__(self):
        return f"<function {self.name} at {fake_address(self)}>"


@_named("TextIOWrapper")
class TextStream:
    """`sys.stdout` / `sys.stderr`: writes go to the run's output."""

    __slots__ = ("stream", "_serial")

    def __init__(self, stream: str):
        self.stream = stream
        self._serial = None

    def __repr__(self):
        return f"<_io.TextIOWrapper name='<{self.stream}>' mode='w' encoding='utf-8'>"


# ---------------------------------------------------------------- exception classes and instances


@_named("type")
class GClass:
    """A guest class: the builtin exception hierarchy and every class a program defines.

    `dict` is the class namespace; `mro` is CPython's C3 linearisation (without `object`, which every
    class implicitly ends with); `exception` says whether instances are exceptions."""

    __slots__ = ("name", "qualname", "bases", "mro", "dict", "native", "module", "exception", "user",
                 "_serial")

    def __init__(self, name, bases, native=None, module="builtins", namespace=None, qualname=None):
        self.name = name
        self.qualname = qualname or name
        self.bases = tuple(bases)
        self.mro = (self,) + (c3_merge([list(b.mro) for b in self.bases] + [list(self.bases)])
                              if len(self.bases) > 1 else (self.bases[0].mro if self.bases else ()))
        self.dict = namespace if namespace is not None else {}
        self.native = native
        self.module = module
        self.exception = native is not None and issubclass(native, BaseException) or any(
            b.exception for b in self.bases)
        self.user = namespace is not None
        self._serial = None

    def is_subclass(self, other: "GClass") -> bool:
        return other in self.mro

    def lookup(self, name: str):
        """The attribute `name` as found along the MRO (not bound), or MISSING."""
        for klass in self.mro:
            d = klass.dict
            if name in d:
                return d[name]
        return MISSING

    def __repr__(self):
        if self.user and self.lookup("__class_repr__") is not MISSING and GUEST_PROTOCOL is not None:
            return GUEST_PROTOCOL(self, "__repr__", ())
        return self.native_repr()

    def native_repr(self):
        if self.module == "builtins":
            return f"<class '{self.name}'>"
        return f"<class '{self.module}.{self.qualname}'>"


class MroError(TypeError):
    pass


def c3_merge(sequences) -> tuple:
    """C3 linearisation of the bases' MROs (CPython's algorithm); MroError when none exists."""
    result = []
    sequences = [list(s) for s in sequences if s]
    while sequences:
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise MroError(sequences)
        result.append(head)
        for seq in sequences:
            if seq and seq[0] is head:
                del seq[0]
        sequences = [s for s in sequences if s]
    return tuple(result)


# Installed by runtime.classes: (instance, protocol, args) -> the result of the guest's own method,
# run as a nested guest call by the running VM.
GUEST_PROTOCOL: Callable = None  # type: ignore[assignment]


@_named("object")
class Instance:
    """An instance of a guest class that is not an exception.

    Its Python dunders exist for the native operations that use them on elements (a dict hashing a
    key, `list.index` comparing, a list's repr): each one runs the guest class's own method, if it has
    one, as a nested guest call of the running VM; none of them reaches a host object's behaviour."""

    __slots__ = ("cls", "dict", "_serial")

    def __init__(self, cls: GClass):
        self.cls = cls
        self.dict = {}
        self._serial = None

    def __repr__(self):
        return GUEST_PROTOCOL(self, "__repr__", ())

    def __str__(self):
        return GUEST_PROTOCOL(self, "__str__", ())

    def __hash__(self):
        return GUEST_PROTOCOL(self, "__hash__", ())

    def __eq__(self, other):
        return GUEST_PROTOCOL(self, "__eq__", (other,))

    def __ne__(self, other):
        return GUEST_PROTOCOL(self, "__ne__", (other,))

    def __lt__(self, other):
        return GUEST_PROTOCOL(self, "__lt__", (other,))

    def __le__(self, other):
        return GUEST_PROTOCOL(self, "__le__", (other,))

    def __gt__(self, other):
        return GUEST_PROTOCOL(self, "__gt__", (other,))

    def __ge__(self, other):
        return GUEST_PROTOCOL(self, "__ge__", (other,))

    def __bool__(self):
        return GUEST_PROTOCOL(self, "__bool__", ())

    def __format__(self, spec):
        return GUEST_PROTOCOL(self, "__format__", (spec,))


@_named("property")
class Property:
    __slots__ = ("fget", "fset", "fdel", "doc", "_serial")

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel, self.doc = fget, fset, fdel, doc
        self._serial = None

    def __repr__(self):
        return f"<property object at {fake_address(self)}>"


@_named("classmethod")
class ClassMethod:
    __slots__ = ("func", "_serial")

    def __init__(self, func):
        self.func = func
        self._serial = None

    def __repr__(self):
        return f"<classmethod({self.func!r})>"


@_named("staticmethod")
class StaticMethod:
    __slots__ = ("func", "_serial")

    def __init__(self, func):
        self.func = func
        self._serial = None

    def __repr__(self):
        return f"<staticmethod({self.func!r})>"


@_named("super")
class Super:
    __slots__ = ("cls", "obj", "_serial")

    def __init__(self, cls, obj):
        self.cls, self.obj = cls, obj
        self._serial = None

    def __repr__(self):
        return f"<super: <class '{self.cls.name}'>, <{type_name(self.obj)} object>>"


class ExcInstance:
    """An instance of a guest exception class."""

    __slots__ = ("cls", "args", "cause", "context", "suppress_context", "tb", "attrs", "text", "_serial")

    def __init__(self, cls: GClass, args: tuple, text=None):
        self.cls = cls
        self.args = args
        self.text = text  # str() when it is not derived from args (CPython's UnicodeError, for one)
        self.cause = None
        self.context = None
        self.suppress_context = False
        self.tb = []  # (code, pc) innermost first
        self.attrs = None
        self._serial = None

    def __str__(self):
        if self.cls.user and "__str__" in _defined(self.cls):
            return GUEST_PROTOCOL(self, "__str__", ())
        return exception_str(self)

    def __repr__(self):
        if self.cls.user and "__repr__" in _defined(self.cls):
            return GUEST_PROTOCOL(self, "__repr__", ())
        return self.native_repr()

    def native_repr(self):
        args = self.args
        name = self.cls.name
        if len(args) == 1:
            text = f"{name}({args[0]!r})"
        else:
            text = f"{name}{args!r}" if args else f"{name}()"
        return hide_addresses(text) if " at 0x" in text else text


def _defined(cls: GClass):
    """The names a guest exception class (or its guest bases) defines."""
    names = set()
    for klass in cls.mro:
        if klass.user:
            names.update(klass.dict)
    return names


def exception_str(e: ExcInstance) -> str:
    text = _exception_str(e)
    return hide_addresses(text) if " at 0x" in text and e.text is None else text


def _exception_str(e: ExcInstance) -> str:
    if e.text is not None:
        return e.text  # (a native error's message: its host addresses were hidden when it was made)
    args = e.args
    base = e.cls
    if EXC.KeyError in base.mro and len(args) == 1:
        return repr(args[0])
    if EXC.OSError in base.mro and len(args) >= 2 and (EXC.KeyError not in base.mro):
        return f"[Errno {args[0]}] {args[1]}"
    if len(args) == 0:
        return ""
    if len(args) == 1:
        return str(args[0])
    return str(args)


class _ExceptionClasses:
    """The builtin exception hierarchy, mirrored from this CPython's own (names, bases, order)."""

    def __init__(self):
        self.by_name = {}
        self.by_native = {}
        natives = [v for v in vars(_py).values() if isinstance(v, type) and issubclass(v, BaseException)]
        natives.sort(key=lambda c: len(c.__mro__))
        for native in natives:
            self._mirror(native)

    def _mirror(self, native):
        if native in self.by_native:
            return self.by_native[native]
        bases = [self._mirror(b) for b in native.__bases__ if issubclass(b, BaseException)]
        name = native.__name__
        cls = GClass(name, bases, native)
        self.by_native[native] = cls
        if name not in self.by_name:
            self.by_name[name] = cls
        return cls

    def __getattr__(self, name):
        try:
            return self.by_name[name]
        except KeyError:
            raise AttributeError(name) from None


EXC = _ExceptionClasses()


def new_exception(name: str, *args) -> ExcInstance:
    return ExcInstance(EXC.by_name[name], args)


# ---------------------------------------------------------------- names and reprs


NAMEDTUPLE_TYPE = None  # containers.NamedTupleValue (set when it is defined): named by its guest class


def type_name(v) -> str:
    """The guest-visible type name of any value."""
    t = type(v)
    if t is ExcInstance or t is Instance or t is NAMEDTUPLE_TYPE:
        return v.cls.name
    if t is GClass:
        return "type"
    return t.__name__


def guest_repr_short(v) -> str:
    if type(v) is ExcInstance:
        return repr(v)
    return f"<{type_name(v)} object at {fake_address(v)}>"


class Redirect:
    """Returned by a native builtin that needs guest code to finish its work (a key function, a guest
    iterable): the VM calls `func(*args, **kwargs)` as a guest call and its result becomes the builtin's."""

    __slots__ = ("func", "args", "kwargs")

    def __init__(self, func, args=(), kwargs=None):
        self.func = func
        self.args = args
        self.kwargs = kwargs


class Resume:
    """Returned by `next(gen)` / `gen.send(v)`: the VM resumes the generator; what it yields is the call's
    result, and if it returns instead, the call raises StopIteration (or gives `default`)."""

    __slots__ = ("gen", "value", "default", "throw")

    def __init__(self, gen, value=None, default=MISSING, throw=None):
        self.gen = gen
        self.value = value
        self.default = default
        self.throw = throw  # gen.throw(exc): raise exc where the generator is suspended


# Values whose iteration runs guest code: natives must redirect to the prelude instead of iterating.
LAZY_ITERABLES = {Generator, Instance}


def is_lazy(v) -> bool:
    t = type(v)
    return t in LAZY_ITERABLES or t is GClass and v.user and v.lookup("__class_iter__") is not MISSING


def has_class_protocol(v, name: str) -> bool:
    """A guest class answering `name` itself (enum's `for m in Color`, `len(Color)`): the sandbox's
    stand-in for a metaclass method is a classmethod `__class_<name>__` (see classes.special)."""
    return type(v) is GClass and v.user and v.lookup("__class_" + name[2:]) is not MISSING
