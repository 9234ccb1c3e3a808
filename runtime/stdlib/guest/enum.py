# enum for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member / nonmember, with CPython 3.11's member
# semantics, reprs and errors. The sandbox has no metaclasses, so the work of EnumType happens in
# Enum.__init_subclass__ (members replace the class attributes), lookups by value in Enum.__new__ and
# `Color["RED"]` in __class_getitem__. What a metaclass does for the class object itself (iteration,
# len(), `in`, reversed() and the `<enum 'Color'>` repr) is in the __class_iter__, __class_len__,
# __class_contains__, __class_reversed__ and __class_repr__ classmethods, which the runtime calls for a
# class when it supports them; `Color.__members__` and `list(Color.__members__.values())` always work.
# IntEnum / StrEnum members are not int / str instances here (the sandbox cannot subclass builtin types),
# but compare, hash, format and compute like their values.


_builtin_property = property  # `enum.property` below shadows the builtin


class _Auto:
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def auto():
    return _Auto()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class FlagBoundary:
    def __init__(self, name):
        self.name = name
        self.value = name.lower()

    def __repr__(self):
        return "<FlagBoundary." + self.name + ": " + repr(self.value) + ">"


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")


class EnumType:
    """Named for imports and annotations; the sandbox refuses `metaclass=` (subclass Enum instead)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("metaclasses are not supported in the sandbox; subclass enum.Enum instead")


EnumMeta = EnumType

_DESCRIPTOR_TYPES = ("function", "property", "classmethod", "staticmethod")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(value):
    return type(value).__name__ in _DESCRIPTOR_TYPES


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _enum_bases(cls):
    return [b for b in cls.__mro__[1:] if b is not object and "_member_names_" in b.__dict__]


def _member_definitions(cls):
    """(name, value) for each member defined in the class body, in order."""
    namespace = cls.__dict__
    ignore = namespace.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    found = []
    for name, value in namespace.items():
        if name in ignore or name == "_ignore_":
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            found.append((name, value.value))
            continue
        if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name) or _is_descriptor(value):
            continue
        found.append((name, value))
    for name in ignore:
        if name in namespace:
            delattr(cls, name)
    return found


def _kind(cls):
    """The behaviour family of an enum class: 'int', 'str', 'flag', 'intflag' or 'enum'."""
    for klass in cls.__mro__:
        if klass is IntFlag:
            return "intflag"
        if klass is Flag:
            return "flag"
        if klass is IntEnum:
            return "int"
        if klass is StrEnum:
            return "str"
    return "enum"


def _set_up_class(cls, definitions):
    if cls.__module__ == "enum" and not definitions:
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        cls._flag_mask_ = 0
        cls._all_bits_ = 0
        cls.__members__ = {}
        return  # one of this module's classes (or the start of a functional API class)
    for base in _enum_bases(cls):
        if base.__dict__["_member_names_"]:
            raise TypeError("<enum " + repr(cls.__name__) + "> cannot extend <enum " + repr(base.__name__) + ">")
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    cls._flag_mask_ = 0
    cls._all_bits_ = 0
    kind = _kind(cls)
    if "__new__" in cls.__dict__:
        cls._new_member_ = cls.__dict__["__new__"].__func__
        cls.__new__ = _enum_new
    init = cls.__dict__.get("__init__")
    if init is not None:
        cls._init_member_ = init
        cls.__init__ = _guarded_init(init)
    last_values = []
    for name, value in definitions:
        if isinstance(value, _Auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
            value = value.value
        _add_member(cls, name, value, kind)
        last_values.append(value)
    cls.__members__ = dict(cls._member_map_)


def _guarded_init(init):
    def __init__(self, *args, **kwargs):
        if "_value_" in _instance_dict(self):
            return  # a lookup such as Planet(value) returns the member: it was initialised once
        init(self, *args, **kwargs)

    return __init__


def _find_by_value(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for m in cls._unhashable_values_:
            if m._value_ == value:
                return m
        return None


def _add_member(cls, name, value, kind):
    args = value if type(value) is tuple else (value,)
    new_member = cls.__dict__.get("_new_member_")
    if new_member is None:
        for base in cls.__mro__[1:]:
            if base is not object and "_new_member_" in base.__dict__:
                new_member = base.__dict__["_new_member_"]
                break
    if new_member is not None:
        enum_member = new_member(cls, *args)
        state = _instance_dict(enum_member)
        if "_value_" not in state:
            state["_value_"] = value
    else:
        enum_member = object.__new__(cls)
        state = _instance_dict(enum_member)
        if kind == "int" or kind == "intflag" or kind == "flag" and type(value) is not int:
            state["_value_"] = int(*args)
        elif kind == "str":
            for arg in args[:1]:
                if not isinstance(arg, str):
                    raise TypeError(repr(arg) + " is not a string")
            state["_value_"] = str(*args)
        else:
            state["_value_"] = value
    value = state["_value_"]
    existing = _find_by_value(cls, value)
    if existing is not None:
        setattr(cls, name, existing)  # an alias
        cls._member_map_[name] = existing
        return
    state["_name_"] = name
    state["_sort_order_"] = len(cls._member_names_)
    init = None
    for klass in cls.__mro__:
        if klass is not object and "_init_member_" in klass.__dict__:
            init = klass.__dict__["_init_member_"]
            break
    if init is not None:
        init(enum_member, *args)
    if kind == "flag" or kind == "intflag":
        if _is_single_bit(value):
            cls._member_names_.append(name)
            cls._flag_mask_ |= value
        cls._all_bits_ |= value
    else:
        cls._member_names_.append(name)
    cls._member_map_[name] = enum_member
    try:
        cls._value2member_map_[value] = enum_member
    except TypeError:
        cls._unhashable_values_.append(enum_member)
    setattr(cls, name, enum_member)


def _lookup(cls, value):
    if isinstance(value, cls):
        return value
    found = _find_by_value(cls, value)
    if found is not None:
        return found
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if result is None:
        kind = _kind(cls)
        if kind == "flag" and isinstance(value, int):
            raise ValueError(_flag_invalid(cls, value))
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
    raise TypeError("error in " + cls.__name__ + "._missing_: returned " + repr(result)
                    + " instead of None or a valid member")


def _flag_bits(value, width):
    digits = bin(value)[2:]
    return "0b" + ("1 " if value < 0 else "0 ") + "0" * (width - len(digits)) + digits


def _flag_invalid(cls, value):
    mask = cls._flag_mask_
    width = max(len(bin(mask)) - 2, len(bin(value)) - 2)
    return ("<flag " + repr(cls.__name__) + "> invalid value " + str(value) + "\n    given "
            + _flag_bits(value, width) + "\n  allowed " + _flag_bits(mask, width))


def _enum_new(cls, value=_auto_null, names=None, *, module=None, qualname=None, type=None, start=1,
              boundary=None):
    if names is not None:
        return _functional(cls, value, names, start, type)
    if value is _auto_null:
        raise TypeError("EnumType.__call__() missing 1 required positional argument: 'value'")
    return _lookup(cls, value)


def _functional(base, class_name, names, start, mixin):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    items = []
    if isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = base._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        else:
            for item in names:
                name, value = item
                items.append((name, value))

    class _Made(base):
        pass

    _Made.__name__ = class_name
    _Made.__qualname__ = class_name
    _Made.__module__ = "__main__"
    kind = _kind(_Made)
    for name, value in items:
        _add_member(_Made, name, value, kind)
    _Made.__members__ = dict(_Made._member_map_)
    return _Made


class Enum:
    def __init_subclass__(cls, boundary=None, **kwargs):
        super().__init_subclass__(**kwargs)
        _set_up_class(cls, _member_definitions(cls))

    __new__ = _enum_new

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    @classmethod
    def __class_reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(value).__qualname__
                            + "' and 'EnumType'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    @classmethod
    def __class_repr__(cls):
        kind = _kind(cls)
        return ("<flag " if kind in ("flag", "intflag") else "<enum ") + repr(cls.__name__) + ">"

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + str(self._name_) + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + str(self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))


class ReprEnum(Enum):
    pass


def _value_of(other):
    if isinstance(other, Enum):
        return other._value_
    return other


class IntEnum(ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __index__(self):
        return self._value_

    def __int__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __rtruediv__(self, other):
        return _value_of(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __rfloordiv__(self, other):
        return _value_of(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __rmod__(self, other):
        return _value_of(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _value_of(other)

    def __rpow__(self, other):
        return _value_of(other) ** self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __and__(self, other):
        return self._value_ & _value_of(other)

    def __rand__(self, other):
        return _value_of(other) & self._value_

    def __or__(self, other):
        return self._value_ | _value_of(other)

    def __ror__(self, other):
        return _value_of(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _value_of(other)

    def __rxor__(self, other):
        return _value_of(other) ^ self._value_

    def __lshift__(self, other):
        return self._value_ << _value_of(other)

    def __rshift__(self, other):
        return self._value_ >> _value_of(other)

    def __invert__(self):
        return ~self._value_

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")
        return getattr(self._value_, name)


class StrEnum(ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return item in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __mul__(self, n):
        return self._value_ * n

    def __rmul__(self, n):
        return n * self._value_

    def __mod__(self, args):
        return self._value_ % args

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")
        return getattr(self._value_, name)


# ---------------------------------------------------------------- flags


def _flag_members(cls, value):
    """The canonical (single-bit) members contained in value, in definition order."""
    found = []
    for name in cls._member_names_:
        m = cls._member_map_[name]
        if m._value_ & value == m._value_:
            found.append(m)
    return found


def _pseudo_member(cls, value):
    found = _find_by_value(cls, value)
    if found is not None:
        return found
    pseudo = object.__new__(cls)
    state = _instance_dict(pseudo)
    state["_value_"] = value
    if value == 0:
        state["_name_"] = None
    else:
        parts = [m._name_ for m in _flag_members(cls, value)]
        extra = value & ~cls._flag_mask_
        if extra:
            parts.append(str(extra))
        state["_name_"] = "|".join(parts)
    state["_sort_order_"] = None
    cls._value2member_map_[value] = pseudo
    return pseudo


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v > high:
                high = v
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        if _kind(cls) == "flag" and (value < 0 or value & ~cls._flag_mask_):
            return None
        if value < 0:
            value = value & cls._flag_mask_ if _kind(cls) == "flag" else value
        return _pseudo_member(cls, value)

    def __repr__(self):
        if self._name_ is None:
            return "<" + type(self).__name__ + ": " + repr(self._value_) + ">"
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        if self._name_ is None:
            return type(self).__name__ + "(" + repr(self._value_) + ")"
        return type(self).__name__ + "." + self._name_

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(other).__name__ + "' and '"
                            + type(self).__name__ + "'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(_flag_members(type(self), self._value_))

    def __len__(self):
        return len(_flag_members(type(self), self._value_))

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)


class IntFlag(Flag):
    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(other, int):
            return other
        return None

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __index__(self):
        return self._value_

    def __int__(self):
        return self._value_

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __mul__(self, other):
        return self._value_ * _value_of(other)


def unique(enumeration):
    duplicates = []
    for name, enum_member in enumeration.__members__.items():
        if name != enum_member._name_:
            duplicates.append((name, enum_member._name_))
    if duplicates:
        details = ", ".join(alias + " -> " + name for alias, name in duplicates)
        raise ValueError("duplicate values found in " + enumeration.__class_repr__() + ": " + details)
    return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    def decorator(cls):
        return cls

    return decorator


def global_enum(cls, update_str=False):
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


def pickle_by_global_name(self, proto):
    return self._name_


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        return enumeration


class EnumCheck:
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


def property(fget=None, fset=None, fdel=None, doc=None):
    """enum.property: a plain property here (members named like it are not special-cased)."""
    return _builtin_property(fget, fset, fdel, doc)
