# The abstract base classes of collections.abc for the sandbox, written in the subset monty_peg runs
# (see runtime/stdlib/__init__.py); `collections.abc` and `typing` re-export them. Each class has
# CPython's abstract methods and mixin methods. Builtin types count as virtual subclasses, and the
# one-method ABCs (Iterable, Sized, Hashable...) recognise any class defining the method, through the
# `__abc_virtual__ = (types, method names, registered)` declaration that isinstance / issubclass read
# (the sandbox has no metaclasses, so no __instancecheck__).

from abc import _abc_init, _abc_init_subclass, _abc_new, _abc_register, abstractmethod

__name__ = "collections.abc"  # the classes' __module__, as in CPython

# Builtin types are named by strings where a snapshot could not save the type object in these globals.
_dict_keys = "dict_keys"
_dict_values = "dict_values"
_dict_items = "dict_items"
_generator = "generator"
_function = "function"
_builtin_function = "builtin_function_or_method"
_method = "method"
_NoneType = type(None)

_ITERATORS = ("list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
              "range_iterator", "longrange_iterator", "set_iterator", "dict_keyiterator", "dict_valueiterator",
              "dict_itemiterator", "list_reverseiterator", "dict_reversekeyiterator", "dict_reversevalueiterator",
              "dict_reverseitemiterator", "reversed", "enumerate", "zip", "map", "filter",
              "generator", "_deque_iterator", "_deque_reverse_iterator", "odict_iterator")
_deque = "deque"  # collections' (by name: see above)
_odict_keys = "odict_keys"
_odict_values = "odict_values"
_odict_items = "odict_items"
_COLLECTIONS = (str, bytes, bytearray, list, tuple, dict, set, frozenset, range, _dict_keys, _dict_values,
                _dict_items, _deque, _odict_keys, _odict_values, _odict_items)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function" and type(obj).__module__ == "builtins":
        return obj.__name__
    return repr(obj)


class _GenericAlias:
    """`Sequence[int]`: what CPython's types.GenericAlias is for these classes."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        args = self.__args__
        if self.__origin__ is Callable and len(args) >= 1 and not (len(args) == 2 and args[0] is ...):
            params = "[" + ", ".join(_type_repr(a) for a in args[:-1]) + "]"
            return _type_repr(self.__origin__) + "[" + params + ", " + _type_repr(args[-1]) + "]"
        return _type_repr(self.__origin__) + "[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))


def _class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    if cls is Callable and len(params) == 2 and isinstance(params[0], list):
        params = tuple(params[0]) + (params[1],)
    return _GenericAlias(cls, params)


class Hashable:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = ((int, float, bool, str, bytes, tuple, frozenset, _NoneType, range, type, _function,
                        _builtin_function), ("__hash__",), ())

    @abstractmethod
    def __hash__(self):
        return 0


_abc_init(Hashable)


class Awaitable:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = ((), ("__await__",), ())

    @abstractmethod
    def __await__(self):
        yield


_abc_init(Awaitable)


class Coroutine(Awaitable):
    __abc_virtual__ = ((), ("__await__", "send", "throw", "close"), ())

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = ((), ("__aiter__",), ())

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


_abc_init(AsyncIterable)


class AsyncIterator(AsyncIterable):
    __abc_virtual__ = ((), ("__aiter__", "__anext__"), ())

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __abc_virtual__ = ((), ("__aiter__", "__anext__", "asend", "athrow", "aclose"), ())

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = (_COLLECTIONS + _ITERATORS, ("__iter__",), ())

    @abstractmethod
    def __iter__(self):
        return
        yield


_abc_init(Iterable)


class Iterator(Iterable):
    __abc_virtual__ = (_ITERATORS, ("__iter__", "__next__"), ())

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __abc_virtual__ = ((str, bytes, bytearray, list, tuple, range, dict, _dict_keys, _dict_values, _dict_items,
                        _deque, _odict_keys, _odict_values, _odict_items), ("__reversed__", "__iter__"), ())

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __abc_virtual__ = ((_generator,), ("__iter__", "__next__", "send", "throw", "close"), ())

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = (_COLLECTIONS, ("__len__",), ())

    @abstractmethod
    def __len__(self):
        return 0


_abc_init(Sized)


class Container:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = (_COLLECTIONS, ("__contains__",), ())

    @abstractmethod
    def __contains__(self, x):
        return False


_abc_init(Container)


class Collection(Sized, Iterable, Container):
    __abc_virtual__ = (_COLLECTIONS, ("__len__", "__iter__", "__contains__"), ())


class Callable:
    __init_subclass__ = _abc_init_subclass
    __new__ = _abc_new
    register = classmethod(_abc_register)
    __abc_virtual__ = ((_function, _builtin_function, type, _method),
                       ("__call__",), ())

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


_abc_init(Callable)


# ---------------------------------------------------------------- sets


class Set(Collection):
    __abc_virtual__ = ((set, frozenset, _dict_keys, _dict_items, _odict_keys, _odict_items), (), ())

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    def __rand__(self, other):
        return self.__and__(other)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    def __ror__(self, other):
        return self.__or__(other)

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    def __rxor__(self, other):
        return self.__xor__(other)

    def _hash(self):
        return hash(frozenset(self))


class MutableSet(Set):
    __abc_virtual__ = ((set,), (), ())

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ---------------------------------------------------------------- mappings


class Mapping(Collection):
    __abc_virtual__ = ((dict,), (), ())

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __abc_virtual__ = ((_dict_keys, _dict_values, _dict_items, _odict_keys, _odict_values, _odict_items), (), ())

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._mapping) + ")"


class KeysView(MappingView, Set):
    __abc_virtual__ = ((_dict_keys, _odict_keys), (), ())

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    __abc_virtual__ = ((_dict_items, _odict_items), (), ())

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __abc_virtual__ = ((_dict_values, _odict_values), (), ())

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    __abc_virtual__ = ((dict,), (), ())

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- sequences


class Sequence(Reversible, Collection):
    __abc_virtual__ = ((str, bytes, bytearray, list, tuple, range, _deque), (), ())

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __abc_virtual__ = ((bytes, bytearray), (), ())


class MutableSequence(Sequence):
    __abc_virtual__ = ((list, bytearray, _deque), (), ())

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


for _cls in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator, Reversible,
             Generator, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, MappingView,
             KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString):
    _cls.__class_getitem__ = _class_getitem
del _cls
