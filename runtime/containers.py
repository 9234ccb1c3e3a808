"""The containers of `collections` as native values (decision 0006).

- `OrderedDict` and `deque` are CPython's own C types, used as they are: their C operations call back
  into Python only for the items' `__hash__`/`__eq__`/`__repr__` (guest methods run nested, as for a
  list), and guest code reaches them only through the allow-lists (`attrs.py`).
- `Counter` and `defaultdict` are subclasses of `dict` written here (not CPython's: CPython's Counter is
  Python code that iterates its arguments natively, and its defaultdict calls the factory natively). They
  are real dicts, so `isinstance(c, dict)`, `dict(c)`, json and the VM's fast paths work on them; their
  methods charge their work to the limits, and a factory or count that is guest code runs as a nested
  guest call (which cannot pause at a host call: such a call is refused with an error).
- A namedtuple class is a guest class (`GClass`, so that programs can subclass it and `type(p)` is the
  class); its instances are `NamedTupleValue`, a real tuple that knows its class (`.cls`), so that
  `isinstance(p, tuple)`, unpacking, hashing, comparisons and `json` treat it as the tuple it is.

None of these classes defines a method that guest code can reach by name: attribute access goes through
`attrs.METHODS`/`DATA` (built from the public names listed here) and `namedtuple_attr`.
"""

from __future__ import annotations

import collections as _py_collections
import heapq
import keyword
from operator import itemgetter

from . import limits, values
from .stdlib.objects import NativeObject, register
from .values import (MISSING, NULL, BoundMethod, Builtin, ClassMethod, Function, GClass, Instance, Property,
                     Redirect, StaticMethod, is_lazy, type_name)

try:  # CPython's C helper for counting (the loop Counter.update runs); a Python loop otherwise
    from _collections import _count_elements
except ImportError:  # pragma: no cover
    def _count_elements(mapping, iterable):
        get = mapping.get
        for elem in iterable:
            mapping[elem] = get(elem, 0) + 1

MODULE = "_monty_collections"  # the native stdlib file (runtime/stdlib/native/_collections.py)

OrderedDict = _py_collections.OrderedDict
deque = _py_collections.deque
_ODICT_VIEWS = (type(OrderedDict().keys()), type(OrderedDict().values()), type(OrderedDict().items()))
_ODICT_ITERATOR = type(iter(OrderedDict()))
DEQUE_ITERATOR = type(iter(deque()))
DEQUE_REVERSE_ITERATOR = type(reversed(deque()))


def _guest_named(name: str, module: str = "collections"):
    """`type(x)` hands these classes to guest code: their repr must be CPython's."""
    def deco(cls):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = module
        return cls
    return deco


def _check_self(self, cls, name):
    if not isinstance(self, cls):  # `Counter.most_common(5)`: the method reached through the class
        raise TypeError(f"descriptor '{name}' for '{cls.__name__}' objects doesn't apply to a "
                        f"'{type_name(self)}' object")


def _vm():
    from .state import current_vm

    vm = current_vm()
    if vm is None:
        raise RuntimeError("guest code can only run while the program runs")
    return vm


def call_value(fn, args=()):
    """`fn(*args)` from inside a native operation: a builtin type or function directly, guest code as a
    nested guest call (counted by the limits; a host function called from it is refused)."""
    from .classes import _nested

    return _nested(_vm(), fn, args)


def _resolve(r):
    """The value of an operation that may have answered with a Redirect to guest code."""
    if type(r) is Redirect:
        from .classes import _nested

        return _nested(_vm(), r.func, tuple(r.args) if not r.kwargs else r.args)
    return r


def _guest_helper(name):
    """A helper function of the guest `collections` module (the run's own copy)."""
    from .stdlib.objects import load_module

    fn = load_module("collections").attrs.get(name)
    if type(fn) is not Function:
        raise RuntimeError(f"collections.{name} is missing")
    return fn


_NUMBERS = frozenset({int, float, bool})


def _arith(a, b, opi):
    """a + b (opi 0) or a - b (opi 1) on counts: numbers natively, anything else as guest code would."""
    if type(a) in _NUMBERS and type(b) in _NUMBERS:
        return a + b if opi == 0 else a - b
    from . import ops

    return _resolve(ops.binary(a, b, opi))


def _less(a, b):
    """a < b on counts."""
    if type(a) in _NUMBERS and type(b) in _NUMBERS:
        return a < b
    from . import ops

    return _truth(_resolve(ops.compare(a, b, 0)))


def _compare(a, b, opi):
    if type(a) in _NUMBERS and type(b) in _NUMBERS:
        return (a <= b) if opi == 1 else (a >= b) if opi == 5 else (a == b)
    from . import ops

    return _truth(_resolve(ops.compare(a, b, opi)))


def _truth(v):
    if v is True or v is False:
        return v
    return bool(v)  # a guest instance: its __bool__ runs nested


def _charge_scan(n: int):
    if n > 1024:
        limits.charge_work(n * 16)


def _charge_growth(n: int):
    if n > 256:
        limits.charge_bytes(n * 100)


# ---------------------------------------------------------------- Counter


def _counter_iterable_error(iterable):
    raise TypeError(f"'{type_name(iterable)}' object is not iterable")


def _native_iterable(v) -> bool:
    from .ops import NATIVE_ITERABLE

    return type(v) in NATIVE_ITERABLE


def _needs_guest(iterable) -> bool:
    """An argument only guest code can go through: a generator, an instance (its __iter__ or, for a
    mapping, its items()), a class with a guest iteration protocol."""
    return is_lazy(iterable) or type(iterable) is Instance


def _count(counter, iterable, sign):
    """Count the items of a native iterable into `counter` (sign 1: update, -1: subtract), in chunks so
    that the limits are checked as it goes."""
    from .builtins import feed
    from .costs import hashed_chunks

    before = len(counter)
    for chunk in hashed_chunks(feed(iterable, 0)):
        if sign > 0:
            _count_elements(counter, chunk)
        else:
            get = counter.get
            for elem in chunk:
                counter[elem] = _arith(get(elem, 0), 1, 1)
        grown = len(counter) - before
        if grown > 256:
            _charge_growth(grown)
            before = len(counter)


def _merge_counts(counter, mapping, sign):
    items = list(mapping.items())
    _charge_scan(len(items))
    get = counter.get
    if sign > 0:
        for elem, count in items:
            counter[elem] = _arith(count, get(elem, 0), 0)
    else:
        for elem, count in items:
            counter[elem] = _arith(get(elem, 0), count, 1)


def _counter_change(self, name, sign, args, kwds, give_back=False):
    _check_self(self, Counter, name)
    if len(args) > 1:
        raise TypeError(f"Counter.{name}() takes from 1 to 2 positional arguments but {len(args) + 1} were given")
    iterable = args[0] if args else None
    if iterable is not None:
        if isinstance(iterable, dict):
            _apply_counts(self, iterable, sign)
        elif _needs_guest(iterable):
            return Redirect(_guest_helper("_counter_change"), (self, iterable, kwds, sign, give_back))
        elif _native_iterable(iterable):
            _count(self, iterable, sign)
        else:
            _counter_iterable_error(iterable)
    if kwds:
        _apply_counts(self, kwds, sign)
    return None


def _apply_counts(counter, mapping, sign):
    if sign > 0 and not counter:  # an empty Counter takes the mapping's counts as they are (CPython's fast path)
        _charge_scan(len(mapping))
        dict.update(counter, mapping)
    else:
        _merge_counts(counter, mapping, sign)


@_guest_named("Counter")
class Counter(dict):
    """Dict subclass for counting hashable items (CPython 3.11's behaviour, this sandbox's code)."""

    __slots__ = ()

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def update(self, *args, **kwds):
        return _counter_change(self, "update", 1, args, kwds)

    def subtract(self, *args, **kwds):
        return _counter_change(self, "subtract", -1, args, kwds)

    def most_common(self, n=None):
        _check_self(self, Counter, "most_common")
        items = list(self.items())
        limits.check_sort_work(len(items))
        tracker = limits.current()
        tracker.begin_building()
        try:
            if n is None:
                result = sorted(items, key=itemgetter(1), reverse=True)
            else:
                result = heapq.nlargest(n, items, key=itemgetter(1))
        finally:
            tracker.end_building()
        from .builtins import charge_sort

        charge_sort(len(items))
        return result

    def elements(self):
        _check_self(self, Counter, "elements")
        return Redirect(_guest_helper("_counter_elements"), (self,))

    def total(self):
        _check_self(self, Counter, "total")
        values = list(self.values())
        _charge_scan(len(values))
        if all(type(v) in _NUMBERS for v in values):
            return sum(values)
        from .attrs import PRELUDE

        return Redirect(PRELUDE["_sum"], (values, 0))

    def copy(self):
        _check_self(self, Counter, "copy")
        _charge_growth(len(self))
        result = Counter()
        dict.update(result, self)
        return result

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def __repr__(self):
        if not self:
            return "Counter()"
        try:
            d = dict(self.most_common())
        except TypeError:  # counts that do not order
            d = dict(self)
        return f"Counter({d!r})"

    # comparisons: missing elements count as zero (3.10+)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_scan(len(self) + len(other))
        return all(_compare(self[e], other[e], 2) for c in (self, other) for e in list(c))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_scan(len(self) + len(other))
        return all(_compare(self[e], other[e], 1) for c in (self, other) for e in list(c))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_scan(len(self) + len(other))
        return all(_compare(self[e], other[e], 5) for c in (self, other) for e in list(c))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # multiset arithmetic: results keep positive counts only

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_growth(len(self) + len(other))
        result = Counter()
        for elem, count in list(self.items()):
            newcount = _arith(count, other[elem], 0)
            if _less(0, newcount):
                result[elem] = newcount
        for elem, count in list(other.items()):
            if elem not in self and _less(0, count):
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_growth(len(self) + len(other))
        result = Counter()
        for elem, count in list(self.items()):
            newcount = _arith(count, other[elem], 1)
            if _less(0, newcount):
                result[elem] = newcount
        for elem, count in list(other.items()):
            if elem not in self and _less(count, 0):
                result[elem] = _arith(0, count, 1)
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_growth(len(self) + len(other))
        result = Counter()
        for elem, count in list(self.items()):
            other_count = other[elem]
            newcount = other_count if _less(count, other_count) else count
            if _less(0, newcount):
                result[elem] = newcount
        for elem, count in list(other.items()):
            if elem not in self and _less(0, count):
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        _charge_growth(len(self))
        result = Counter()
        for elem, count in list(self.items()):
            other_count = other[elem]
            newcount = count if _less(count, other_count) else other_count
            if _less(0, newcount):
                result[elem] = newcount
        return result

    def __pos__(self):
        _charge_growth(len(self))
        result = Counter()
        for elem, count in list(self.items()):
            if _less(0, count):
                result[elem] = count
        return result

    def __neg__(self):
        _charge_growth(len(self))
        result = Counter()
        for elem, count in list(self.items()):
            if _less(count, 0):
                result[elem] = _arith(0, count, 1)
        return result

    def _keep_positive(self):
        _charge_scan(len(self))
        for elem in [elem for elem, count in list(self.items()) if not _less(0, count)]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in list(_items_of(other)):
            self[elem] = _arith(self[elem], count, 0)
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in list(_items_of(other)):
            self[elem] = _arith(self[elem], count, 1)
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in list(_items_of(other)):
            count = self[elem]
            if _less(count, other_count):
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if _less(other_count, count):
                self[elem] = other_count
        return self._keep_positive()


def _items_of(other):
    """`other.items()` for the in-place operators (which take any mapping, as CPython's)."""
    if isinstance(other, dict):
        _charge_scan(len(other))
        return other.items()
    raise AttributeError(f"'{type_name(other)}' object has no attribute 'items'")


def new_counter(*args, **kwds):
    """`Counter(iterable=None, /, **kwds)`."""
    if len(args) > 1:
        raise TypeError(f"Counter.__init__() takes from 1 to 2 positional arguments but {len(args) + 1} were given")
    c = Counter()
    r = _counter_change(c, "update", 1, args, kwds, True)
    if type(r) is Redirect:  # a generator or guest iterable: counted by guest code, which gives c back
        return r
    return c


# ---------------------------------------------------------------- defaultdict


def _is_callable(v) -> bool:
    from .builtins import is_callable

    return is_callable(v)


@_guest_named("defaultdict")
class defaultdict(dict):
    """A dict whose missing keys get `default_factory()` (CPython's behaviour; the factory may be guest
    code, run as a nested guest call)."""

    __slots__ = ("default_factory",)

    def __init__(self, *args, **kwargs):  # (only the sandbox's own code calls it: see new_defaultdict)
        self.default_factory = None
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = call_value(factory)
        self[key] = value
        return value

    def copy(self):
        _check_self(self, defaultdict, "copy")
        return _new_defaultdict(self.default_factory, self)

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = "None"
        elif factory is self:
            shown = "..."
        else:
            shown = repr(factory)
        return f"defaultdict({shown}, {dict.__repr__(self)})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = _new_defaultdict(self.default_factory, self)
        dict.update(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = _new_defaultdict(self.default_factory, other)
        dict.update(result, self)
        return result


def _new_defaultdict(factory, items):
    _charge_growth(len(items))
    d = defaultdict()
    d.default_factory = factory
    dict.update(d, items)
    return d


def new_defaultdict(*args, **kwargs):
    """`defaultdict(default_factory=None, /, [mapping or iterable], **kwargs)`."""
    factory = args[0] if args else None
    if factory is not None and not _is_callable(factory):
        raise TypeError("first argument must be callable or None")
    rest = args[1:]
    if len(rest) > 1:
        raise TypeError(f"dict expected at most 1 argument, got {len(rest)}")
    if rest and _needs_guest(rest[0]):
        return _with_items(defaultdict, args, kwargs, 1)
    source = _as_dict(*rest, **kwargs) if rest or kwargs else None
    d = defaultdict()
    d.default_factory = factory
    if source:
        dict.update(d, source)
    return d


def _with_items(fn, args, kwargs, index):
    """`fn(*args, **kwargs)` whose `args[index]` is a generator or a guest object, which dict() would take:
    guest code goes through it first (by `keys()` and `[key]` for a mapping, else as pairs)."""
    return Redirect(_guest_helper("_call_with_items"), (fn, tuple(args), dict(kwargs), index))


def _as_dict(*args, **kwargs):
    """What `dict(*args, **kwargs)` gives, built with the sandbox's charged dict constructor."""
    from .builtins import CONSTRUCTORS

    r = CONSTRUCTORS[dict](*args, **kwargs)
    return _resolve(r)


def set_default_factory(d, value):
    d.default_factory = value


# ---------------------------------------------------------------- OrderedDict and deque constructors


def new_ordered_dict(*args, **kwargs):
    """`OrderedDict(iterable=(), /, **kwds)`."""
    if len(args) > 1:
        raise TypeError(f"expected at most 1 arguments, got {len(args)}")  # (sic: CPython 3.11)
    if args and _needs_guest(args[0]):
        return _with_items(OrderedDict, args, kwargs, 0)
    if args and not isinstance(args[0], dict) and _native_iterable(args[0]):
        from .builtins import charge_len, feed

        charge_len(args[0], 100)
        args = (feed(args[0], 100),)
    elif args and isinstance(args[0], dict):
        _charge_growth(len(args[0]))
    return OrderedDict(*args, **kwargs)


def new_deque(*args, **kwargs):
    """`deque([iterable[, maxlen]])`: the items are charged (or, with a maxlen, only metered)."""
    if len(args) > 2:
        raise TypeError(f"deque() takes at most 2 arguments ({len(args)} given)")
    for k in kwargs:
        if k not in ("iterable", "maxlen"):
            raise TypeError(f"deque() got an unexpected keyword argument '{k}'")
    iterable = args[0] if args else kwargs.get("iterable", MISSING)
    maxlen = args[1] if len(args) > 1 else kwargs.get("maxlen")
    if iterable is not MISSING and _needs_guest(iterable):
        from .attrs import PRELUDE

        return Redirect(PRELUDE["_call_listed"], (deque, args, kwargs))
    if iterable is MISSING:
        return deque((), maxlen) if "maxlen" in kwargs or len(args) > 1 else deque()
    if _native_iterable(iterable):
        iterable = _deque_source(iterable, maxlen)
    return deque(iterable, maxlen)


def _deque_source(iterable, maxlen):
    from .builtins import charge_len, feed

    if type(maxlen) is int and maxlen >= 0:  # only maxlen items are kept: the rest is work, not memory
        n = _length(iterable)
        if n is not None and n <= 4096:
            return iterable
        _charge_growth(maxlen if n is None else min(n, maxlen))
        return limits.metered(iterable, 0)
    charge_len(iterable, 8)
    return feed(iterable, 8)


def _length(v):
    try:
        return len(v)
    except (TypeError, OverflowError):
        return None


def _deque_extend(native):
    def extend(self, iterable):
        if not isinstance(self, deque):
            return native(self, iterable)
        if _native_iterable(iterable):
            if iterable is self:
                iterable = list(self)
            iterable = _deque_source(iterable, self.maxlen)
        return native(self, iterable)
    return extend


def _scanning(native):
    def method(self, *args):
        if isinstance(self, deque) and len(self) > 4096:
            limits.charge_work(len(self) * 8)
        return native(self, *args)
    return method


def _charged_copy(native):
    def copy(self, *args):
        if isinstance(self, (deque, OrderedDict)):
            _charge_growth(len(self))
        return native(self, *args)
    return copy


def _charged_update(native):
    def update(self, *args, **kwargs):
        if isinstance(self, (OrderedDict, defaultdict)) and len(args) == 1:
            other = args[0]
            if _needs_guest(other):  # a generator, or a guest mapping (its keys()) or iterable of pairs
                return _with_items(Builtin("update", update, self), args, kwargs, 0)
            if isinstance(other, dict):
                _charge_growth(len(other))
            elif _native_iterable(other):
                from .builtins import charge_len, feed

                charge_len(other, 100)
                args = (feed(other, 100),)
        return native(self, *args, **kwargs)
    return update


def method_overrides() -> dict:
    """(type, name) -> the charged replacement of a native method (attrs.py merges them)."""
    return {
        (deque, "extend"): _deque_extend(deque.extend), (deque, "extendleft"): _deque_extend(deque.extendleft),
        (deque, "count"): _scanning(deque.count), (deque, "index"): _scanning(deque.index),
        (deque, "remove"): _scanning(deque.remove), (deque, "copy"): _charged_copy(deque.copy),
        (OrderedDict, "copy"): _charged_copy(OrderedDict.copy),
        (OrderedDict, "update"): _charged_update(OrderedDict.update),
        (defaultdict, "update"): _charged_update(dict.update),
    }


# methods whose arguments native code iterates: a lazy (guest) argument is listed first (attrs._ITERATING)
# (their `update` takes a mapping as well: _charged_update goes through a guest argument itself)
ITERATING = {deque: ("extend", "extendleft"), OrderedDict: ("fromkeys",), defaultdict: ("fromkeys",)}

# ---------------------------------------------------------------- namedtuple values


@_guest_named("tuple", "builtins")
class NamedTupleValue(tuple):
    """An instance of a namedtuple class: a tuple whose `cls` (its instance dict's only entry: a tuple
    subclass cannot have slots) is the guest class. Guest code sees the class, never this type."""

    def __repr__(self):
        cls = self.cls
        hook = _override(cls, "__repr__")
        if hook is not None:
            result = call_value(BoundMethod(hook, self))
            if type(result) is not str:
                raise TypeError(f"__repr__ returned non-string (type {type_name(result)})")
            return result
        fields = namedtuple_fields(cls)
        if fields is None or len(fields) != len(self):
            return cls.name + tuple.__repr__(self)
        return cls.name + "(" + ", ".join([f"{name}={value!r}" for name, value in zip(fields, self)]) + ")"

    def __str__(self):
        hook = _override(self.cls, "__str__")
        if hook is not None:
            result = call_value(BoundMethod(hook, self))
            if type(result) is not str:
                raise TypeError(f"__str__ returned non-string (type {type_name(result)})")
            return result
        return self.__repr__()

    def __format__(self, spec):
        if spec:
            raise TypeError(f"unsupported format string passed to {self.cls.name}.__format__")
        return self.__str__()


values.NAMEDTUPLE_TYPE = NamedTupleValue


def _override(cls, name):
    """A guest function defining `name` for a namedtuple class (a subclass's own method), or None."""
    attr = cls.lookup(name) if type(cls) is GClass else MISSING
    return attr if type(attr) is Function else None


def make_namedtuple(cls, values):
    obj = NamedTupleValue(values)
    obj.cls = cls
    return obj


def namedtuple_fields(cls):
    """The field names of a namedtuple class (its `_fields`), or None if they are not a tuple of str."""
    fields = cls.lookup("_fields") if type(cls) is GClass else MISSING
    if type(fields) is tuple and all(type(f) is str for f in fields):
        return fields
    return None


@register(MODULE, "tuplegetter", "_tuplegetter", "_collections")
class TupleGetter(NativeObject):
    """`Point.x`: the field at `index` of the namedtuple (CPython's `_collections._tuplegetter`)."""

    __slots__ = ("index", "doc")

    def __init__(self, index: int, doc: str):
        self.index = index
        self.doc = doc
        self._serial = None

    def __repr__(self):
        return f"_tuplegetter({self.index}, {self.doc!r})"

    def save(self):
        return [self.index, self.doc]

    @classmethod
    def restore(cls, state):
        if type(state) not in (list, tuple) or len(state) != 2 or type(state[0]) is not int \
                or not 0 <= state[0] < 1 << 20 or type(state[1]) is not str:
            raise ValueError("bad tuplegetter")
        return cls(state[0], state[1])


TupleGetter.ATTRS = {"__doc__": lambda g: g.doc}

# what a namedtuple's own (native) methods are, for binding when an instance reaches them
NAMEDTUPLE_METHOD_FNS: set = set()


def namedtuple_attr(obj, name: str):
    """`p.name` for a namedtuple instance: its class's attributes (fields, methods, properties) along the
    MRO, then tuple's `count`/`index`, then a guest `__getattr__`."""
    cls = obj.cls
    attr = cls.lookup(name)
    if attr is not MISSING:
        ta = type(attr)
        if ta is TupleGetter:
            return obj[attr.index]
        if ta is Function:
            return BoundMethod(attr, obj)
        if ta is Builtin:
            if attr.self is NULL and attr.fn in NAMEDTUPLE_METHOD_FNS:
                return Builtin(attr.name, attr.fn, obj)
            return attr
        if ta is ClassMethod:
            return BoundMethod(attr.func, cls)
        if ta is StaticMethod:
            return attr.func
        if ta is Property:
            if attr.fget is None:
                raise AttributeError(f"property '{name}' of '{cls.name}' object has no getter")
            return Redirect(attr.fget, (obj,))
        return attr
    if name == "__class__":
        return cls
    from .attrs import METHODS

    fn = METHODS[tuple].get(name)
    if fn is not None:
        return Builtin(name, fn, obj)
    hook = cls.lookup("__getattr__")
    if type(hook) is Function:
        return Redirect(hook, (obj, name))
    raise AttributeError(f"'{cls.name}' object has no attribute '{name}'")


def namedtuple_setattr(obj, name: str):
    cls = obj.cls
    if type(cls.lookup(name)) is TupleGetter:
        raise AttributeError("can't set attribute")
    raise AttributeError(f"'{cls.name}' object has no attribute '{name}'")


def namedtuple_delattr(obj, name: str):
    cls = obj.cls
    if type(cls.lookup(name)) is TupleGetter:
        raise AttributeError("can't delete attribute")
    raise AttributeError(f"'{cls.name}' object has no attribute '{name}'")


# Dunders a namedtuple subclass may not define: the VM and the natives treat its instances as the tuples
# they are (fast paths, hashing in dicts, sorting...), so such a method would silently not run.
_TUPLE_PROTOCOL = frozenset(
    "__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __len__ __iter__ __getitem__ __contains__ "
    "__reversed__ __bool__ __format__ __call__ __setattr__ __delattr__ __getattribute__ __index__ "
    "__int__ __float__ __enter__ __exit__ __aenter__ __aexit__ __await__ __aiter__ __anext__ __next__ "
    "__setitem__ __delitem__ __neg__ __pos__ __abs__ __invert__".split()
    + [f"__{p}{n}__" for p in ("", "r", "i") for n in (
        "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
        "matmul", "divmod")])


def check_subclass(cls):
    """Refuse to instantiate a namedtuple subclass that overrides tuple behaviour the sandbox would
    bypass (see _TUPLE_PROTOCOL); methods, properties, `__repr__`, `__str__`, `__new__`, `__init__` and
    `__getattr__` are fine."""
    for klass in cls.mro:
        if not klass.user:
            continue
        if klass.dict.get("__new__") is not None and _is_namedtuple_new(klass.dict.get("__new__")):
            return  # the namedtuple class itself: its own entries are fine
        bad = _TUPLE_PROTOCOL.intersection(klass.dict)
        if bad:
            name = sorted(bad)[0]
            raise TypeError(f"{cls.name}: a subclass of a namedtuple cannot define {name} in the sandbox "
                            f"(its instances are tuples to the interpreter)")


_NEW_FNS: set = set()


def _is_namedtuple_new(attr) -> bool:
    return type(attr) is StaticMethod and type(attr.func) is Builtin and attr.func.fn in _NEW_FNS


def is_namedtuple_class(cls) -> bool:
    """A class made by namedtuple() or derived from one."""
    if type(cls) is not GClass or not cls.user:
        return False
    return any(k.user and _is_namedtuple_new(k.dict.get("__new__")) for k in cls.mro)


def namedtuple_new_checks(cls):
    """The fields of namedtuple class `cls`, which is about to get an instance."""
    if type(cls) is not GClass:
        raise TypeError(f"tuple.__new__(X): X is not a type object ({type_name(cls)})")
    if not _is_namedtuple_new(cls.dict.get("__new__")):  # a subclass (or not a namedtuple class at all)
        if not is_namedtuple_class(cls):
            raise TypeError(f"tuple.__new__({cls.name}): {cls.name} is not a namedtuple class")
        check_subclass(cls)
    fields = cls.lookup("_fields")
    if type(fields) is not tuple:
        raise TypeError(f"{cls.name}._fields must be a tuple")
    return fields


# ---------------------------------------------------------------- registration


def _named_iterators():
    return (DEQUE_ITERATOR, DEQUE_REVERSE_ITERATOR, _ODICT_ITERATOR)


# Types that guest values can be (added to ops.NATIVE / NATIVE_ITERABLE): their operations are C code or
# the trusted Python above.
VALUE_TYPES = (Counter, defaultdict, OrderedDict, deque, NamedTupleValue) + _ODICT_VIEWS
ITERABLE_TYPES = VALUE_TYPES + _named_iterators()
DICT_TYPES = (Counter, defaultdict, OrderedDict)
# types whose public methods attrs.py lists (namedtuples have their own lookup: namedtuple_attr)
METHOD_TYPES = (Counter, defaultdict, OrderedDict, deque) + _ODICT_VIEWS
CONSTRUCTORS = {Counter: new_counter, defaultdict: new_defaultdict, OrderedDict: new_ordered_dict,
                deque: new_deque}
TYPES_BY_NAME = {"Counter": Counter, "defaultdict": defaultdict, "OrderedDict": OrderedDict, "deque": deque}


def _not_writable(owner: str, name: str):
    def setter(obj, value):
        raise AttributeError(f"attribute '{name}' of '{owner}' objects is not writable")
    return setter


DATA_SETTERS = {(defaultdict, "default_factory"): set_default_factory,
                (deque, "maxlen"): _not_writable("collections.deque", "maxlen")}


def is_identifier_name(name) -> bool:
    return type(name) is str and name.isidentifier() and not keyword.iskeyword(name)


SEQUENCE_TYPES = frozenset({deque, NamedTupleValue})


def size_check(opi: int, a, b):
    """ops._size_check for a deque or a namedtuple operand: `+` and `*` charged by the result's size (a
    deque with a maxlen keeps at most maxlen items)."""
    if opi == 0:  # ADD
        n = _length(a) or 0
        m = _length(b) or 0
        if type(a) is deque and a.maxlen is not None:
            n = min(n + m, a.maxlen)
            m = 0
        if n + m > 4096:
            limits.charge_bytes((n + m) * 8)
    elif opi == 2:  # MUL
        seq, times = (a, b) if type(a) in SEQUENCE_TYPES else (b, a)
        if type(times) in (int, bool) and times > 0 and type(seq) in SEQUENCE_TYPES:
            n = len(seq) * times
            if type(seq) is deque and seq.maxlen is not None:
                n = min(n, seq.maxlen)
            if n > 4096:
                limits.charge_bytes(n * 8)


def repr_extra(c) -> int:
    """Characters the repr of one of these containers has beyond a list's or a dict's of the same items
    (costs.py bounds reprs before they are built)."""
    t = type(c)
    if t is Counter:
        return 9
    if t is OrderedDict:
        return 16 + 2 * len(c)
    if t is deque:
        return 32
    if t is defaultdict:
        factory = c.default_factory
        if type(factory) is Function:
            return 48 + len(factory.qualname)
        return 256
    if t is NamedTupleValue:
        fields = namedtuple_fields(c.cls) or ()
        return len(c.cls.name) + 4 + sum(len(f) + 1 for f in fields[:len(c)])
    return 16  # odict views
