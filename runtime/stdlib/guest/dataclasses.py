# dataclasses for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Behaviour follows CPython 3.11's dataclasses: the generated methods, their errors, and the helpers
# fields / asdict / astuple / replace / is_dataclass. Generated methods are closures rather than code
# compiled from text; __init__ binds its arguments with _bind_signature, so a wrong call gets CPython's
# own messages (`Point.__init__() missing 1 required positional argument: 'y'`).


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory) + ",init=" + repr(self.init)
                + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return getattr(annotation, "_monty_special", None) == "ClassVar"


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return isinstance(annotation, InitVar)


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[" + name + "]"


def _mutable_default(value):
    return type(value) in (list, dict, set, bytearray) or _unhashable_instance(value)


def _unhashable_instance(value):
    cls = type(value)
    return getattr(cls, "__hash__", 0) is None


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = "classvar"
    elif _is_initvar(annotation):
        f._field_type = "initvar"
    else:
        f._field_type = "field"
    if f._field_type != "field":
        if f.default_factory is not MISSING:
            raise TypeError("field " + name + " cannot have a default factory")
    if f._field_type in ("field", "initvar"):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type == "field" and f.default is not MISSING and _mutable_default(f.default):
        raise ValueError("mutable default " + repr(type(f.default)) + " for field " + name
                         + " is not allowed: use default_factory")
    return f


def _fields_in_init_order(fields):
    std = [f for f in fields if f.init and not f.kw_only]
    kw = [f for f in fields if f.init and f.kw_only]
    return std, kw


def _make_init(cls, fields, std_fields, kw_fields, frozen, has_post_init, self_name):
    qualname = cls.__qualname__ + ".__init__"
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
    positional = tuple([self_name] + [f.name for f in std_fields])
    kwonly = tuple(f.name for f in kw_fields)
    defaults = []
    for f in std_fields:
        if f.default is not MISSING:
            defaults.append(f.default)
        elif f.default_factory is not MISSING:
            defaults.append(_HAS_DEFAULT_FACTORY)
    kwdefaults = {}
    for f in kw_fields:
        if f.default is not MISSING:
            kwdefaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            kwdefaults[f.name] = _HAS_DEFAULT_FACTORY
    defaults = tuple(defaults)
    init_fields = std_fields + kw_fields
    others = [f for f in fields if not f.init and f._field_type == "field"
              and (f.default is not MISSING or f.default_factory is not MISSING)]

    def __init__(*args, **kwargs):
        values = _bind_signature(qualname, positional, kwonly, defaults, kwdefaults, args, kwargs)
        self = values[0]
        initvars = []
        for f, value in zip(init_fields, values[1:]):
            if value is _HAS_DEFAULT_FACTORY:
                value = f.default_factory()
            if f._field_type == "initvar":
                initvars.append(value)
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        for f in others:
            value = f.default_factory() if f.default_factory is not MISSING else f.default
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    __init__.__qualname__ = qualname
    return __init__


_repr_running = []


def _make_repr(cls, fields):
    shown = [f for f in fields if f.repr and f._field_type == "field"]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.append(key)
        try:
            parts = [f.name + "=" + repr(getattr(self, f.name)) for f in shown]
        finally:
            _repr_running.remove(key)
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _compared(fields):
    return [f.name for f in fields if f.compare and f._field_type == "field"]


def _make_eq(cls, names):
    def __eq__(self, other):
        if type(other) is type(self):
            return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)
        return NotImplemented

    __eq__.__qualname__ = cls.__qualname__ + ".__eq__"
    return __eq__


def _make_order(cls, names, op):
    def compare(self, other):
        if type(other) is type(self):
            mine = tuple(getattr(self, n) for n in names)
            theirs = tuple(getattr(other, n) for n in names)
            if op == "<":
                return mine < theirs
            if op == "<=":
                return mine <= theirs
            if op == ">":
                return mine > theirs
            return mine >= theirs
        return NotImplemented

    return compare


def _make_hash(fields):
    names = [f.name for f in fields if f._field_type == "field" and (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return __hash__


def _make_frozen_setattr(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field " + repr(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field " + repr(name))
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise TypeError("dataclass(slots=True) is not supported in the sandbox (attributes work without it)")
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, "__dataclass_params__", {}).get("frozen"):
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    default_kw_only = kw_only
    seen_kw_only_marker = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if seen_kw_only_marker:
                raise TypeError(repr(cls.__qualname__) + " is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only_marker = True
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, default_kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr(name) + " is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = {"init": init, "repr": repr_, "eq": eq, "order": order,
                                "unsafe_hash": unsafe_hash, "frozen": frozen}
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type == "field"]
    if init:
        std, kw = _fields_in_init_order([f for f in all_fields if f._field_type in ("field", "initvar")])
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(cls, "__init__", _make_init(cls, all_fields, std, kw, frozen, has_post_init, self_name))
    if repr_:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, real_fields))
    compared = _compared(all_fields)
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(cls, compared))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _make_order(cls, compared, op)):
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__
                                + ". Consider using functools.total_ordering")
    if frozen:
        setter, deleter = _make_frozen_setattr(cls, [f.name for f in real_fields])
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = _make_hash(all_fields)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(all_fields)
        else:
            cls.__hash__ = None
    if match_args:
        std, _ = _fields_in_init_order([f for f in all_fields if f._field_type == "field"])
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def _dataclass_fields(obj):
    cls = obj if _is_class(obj) else type(obj)
    return getattr(cls, "__dataclass_fields__", None)


def fields(class_or_instance):
    found = _dataclass_fields(class_or_instance)
    if found is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in found.values() if f._field_type == "field")


def is_dataclass(obj):
    return _dataclass_fields(obj) is not None


def _is_dataclass_instance(obj):
    return not _is_class(obj) and _dataclass_fields(obj) is not None


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy_value(obj)


def _copy_value(obj):
    if isinstance(obj, set):
        return set(obj)
    if isinstance(obj, bytearray):
        return bytearray(obj)
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in _dataclass_fields(obj).values():
        if f._field_type == "classvar":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == "initvar" and f.default is MISSING:
                raise ValueError("InitVar " + repr(f.name) + " must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
