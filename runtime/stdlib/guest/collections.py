# collections for the sandbox (decision 0006). Counter, defaultdict, OrderedDict, deque and namedtuple are
# native (runtime/containers.py, through the native module _monty_collections): real dicts, deques and
# tuples to the interpreter. ChainMap, UserDict, UserList and UserString are classes written here, in the
# subset monty_peg runs. The helpers at the end are the guest-code halves of native Counter methods (a
# generator or a guest mapping given to Counter is gone through here, as guest code). `collections.abc`
# is the file collections.abc.py.

from _monty_collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence, Sequence as _Sequence

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque",
           "namedtuple"]


# ---------------------------------------------------------------- ChainMap


class ChainMap(_MutableMapping):
    """A view of several mappings as one: lookups search them in order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join([repr(m) for m in self.maps]) + ")"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    def __copy__(self):
        return self.copy()

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)


# ---------------------------------------------------------------- UserDict, UserList, UserString


class UserDict(_MutableMapping):
    """A dict-like class whose contents are the dict `data`, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        result = type(self).__new__(type(self))
        state = _instance_dict(result)
        state.update(_instance_dict(self))
        state["data"] = self.data.copy()
        return result

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like class whose contents are the list `data`, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    def __rmul__(self, n):
        return type(self)(self.data * n)

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        result = type(self).__new__(type(self))
        state = _instance_dict(result)
        state.update(_instance_dict(self))
        state["data"] = self.data[:]
        return result

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str-like class whose contents are the str `data`, for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __iter__(self):
        return iter([type(self)(c) for c in self.data])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    def __rmul__(self, n):
        return type(self)(self.data * n)

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def capitalize(self):
        return type(self)(self.data.capitalize())

    def casefold(self):
        return type(self)(self.data.casefold())

    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def count(self, sub, start=0, end=None):
        if end is None:
            return self.data.count(self._cast(sub), start)
        return self.data.count(self._cast(sub), start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(self._cast(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(self._cast(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding if encoding is not None else "utf-8",
                                errors if errors is not None else "strict")

    def endswith(self, suffix, start=0, end=None):
        if end is None:
            return self.data.endswith(suffix, start)
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=None):
        if end is None:
            return self.data.find(self._cast(sub), start)
        return self.data.find(self._cast(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=None):
        if end is None:
            return self.data.index(self._cast(sub), start)
        return self.data.index(self._cast(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def lower(self):
        return type(self)(self.data.lower())

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(self._cast(old), self._cast(new), maxsplit))

    def rfind(self, sub, start=0, end=None):
        if end is None:
            return self.data.rfind(self._cast(sub), start)
        return self.data.rfind(self._cast(sub), start, end)

    def rindex(self, sub, start=0, end=None):
        if end is None:
            return self.data.rindex(self._cast(sub), start)
        return self.data.rindex(self._cast(sub), start, end)

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=None):
        if end is None:
            return self.data.startswith(prefix, start)
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def swapcase(self):
        return type(self)(self.data.swapcase())

    def title(self):
        return type(self)(self.data.title())

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    def upper(self):
        return type(self)(self.data.upper())

    def zfill(self, width):
        return type(self)(self.data.zfill(width))


# ---------------------------------------------------------------- helpers of the native Counter


def _counter_change(counter, iterable, kwds, sign, give_back):
    """Counter(...) / update / subtract with a generator or a guest object: counted here, as guest code."""
    if isinstance(iterable, _Mapping):
        counts = {}
        for key in iterable.keys():
            counts[key] = iterable[key]
        if sign > 0:
            counter.update(counts)
        else:
            counter.subtract(counts)
    elif sign > 0:
        get = counter.get
        for elem in iterable:
            counter[elem] = get(elem, 0) + 1
    else:
        get = counter.get
        for elem in iterable:
            counter[elem] = get(elem, 0) - 1
    if kwds:
        if sign > 0:
            counter.update(kwds)
        else:
            counter.subtract(kwds)
    if give_back:
        return counter
    return None


def _counter_elements(counter):
    """Counter.elements(): each element repeated by its count, in insertion order."""
    for elem, count in counter.items():
        for _ in range(count):
            yield elem


def _call_with_items(fn, args, kwargs, index):
    """fn(*args, **kwargs) with args[index] (a generator or a guest object) as dict() takes it: a mapping
    (it has keys()) as its items, anything else as the pairs it gives (native OrderedDict, defaultdict)."""
    args = list(args)
    source = args[index]
    if hasattr(source, "keys"):
        args[index] = [(key, source[key]) for key in source.keys()]
    else:
        args[index] = [pair for pair in source]
    return fn(*args, **kwargs)
