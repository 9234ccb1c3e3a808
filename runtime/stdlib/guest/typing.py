# typing for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Every public name of CPython 3.11's typing, with annotation-only semantics: subscripting builds alias
# objects with CPython's reprs (`typing.List[int]`, `typing.Optional[str]`), __origin__ / __args__,
# get_origin / get_args; TypeVar, Generic and Protocol (runtime_checkable protocols work with isinstance
# through the runtime's `__abc_virtual__` declaration), NamedTuple (class and functional syntax; its
# classes are not tuple subclasses here, the sandbox cannot subclass builtin types), TypedDict (its
# classes build plain dicts), NewType, cast, overload and the other helpers. The sandbox has no
# metaclasses, so the bare aliases (`typing.List`) cannot be used with isinstance.

import sys as _sys

TYPE_CHECKING = False
_NoneType = type(None)


class _LazyOrigin:
    """The origin of an alias of a collections.abc class, by name: _collections_abc is imported when an
    origin is first needed, not by every `from typing import List`."""

    def __init__(self, name):
        self.name = name


def _abc_module():
    import _collections_abc
    return _collections_abc


def _resolve_origin(origin):
    if isinstance(origin, _LazyOrigin):
        return getattr(_abc_module(), origin.name)
    return origin


def _is_function(obj):
    cls = type(obj)
    return cls.__name__ == "function" and cls.__module__ == "builtins"


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if _is_function(obj):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, allow_special=False):
    """An argument of a subscription as typing keeps it: None as NoneType, a string as a ForwardRef.
    Like CPython 3.11, only tuples and the bare ClassVar / Final forms are refused."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and not allow_special and arg._name in ("ClassVar", "Final"):
        raise TypeError("Plain " + repr(arg) + " is not valid as type argument")
    if arg is Generic or arg is Protocol:
        raise TypeError("Plain " + repr(arg) + " is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(msg + " Got " + repr(arg)[:100] + ".")
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif isinstance(a, _GenericAlias):
            for p in a.__parameters__:
                if p not in params:
                    params.append(p)
        elif isinstance(a, list):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple([mapping.get(p, p) for p in arg.__parameters__])]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


class _Final:
    """The base of typing's own objects (not to be subclassed by programs)."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- generic aliases


class _GenericAlias(_Final):
    """A subscripted generic (`List[int]`, `Box[str]`): origin and arguments, nothing checked."""

    def __init__(self, origin, args, name=None):
        self._origin = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name

    @property
    def __origin__(self):
        return _resolve_origin(self._origin)

    def _origin_repr(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        args = self.__args__
        if not args:
            return self._origin_repr() + "[()]"
        return self._origin_repr() + "[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        own = self.__parameters__
        if not own:
            raise TypeError(repr(self) + " is not a generic class")
        if len(params) != len(own):
            raise TypeError("Too " + ("many" if len(params) > len(own) else "few") + " arguments for "
                            + repr(self) + "; actual " + str(len(params)) + ", expected " + str(len(own)))
        mapping = {}
        for p, value in zip(own, params):
            mapping[p] = _type_check(value, "Parameters to generic types must be types.")
        return self._copy_with(tuple([_substitute(a, mapping) for a in self.__args__]))

    def _copy_with(self, args):
        return _GenericAlias(self._origin, args, self._name)

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__.lower() + "() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._origin_repr(), self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., " + _type_repr(args[1]) + "]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1]) + "], "
                + _type_repr(args[-1]) + "]")

    def _copy_with(self, args):
        return _CallableGenericAlias(self._origin, args, self._name)


class _SpecialGenericAlias(_Final):
    """A bare alias of a builtin or abstract class: `typing.List`, `typing.Mapping`."""

    def __init__(self, origin, nparams, name):
        self._origin = origin
        self._nparams = nparams
        self._name = name

    @property
    def __origin__(self):
        return _resolve_origin(self._origin)

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple([_type_check(p, msg) for p in params])
        n = self._nparams
        if len(params) != n:
            raise TypeError("Too " + ("many" if len(params) > n else "few") + " arguments for " + repr(self)
                            + "; actual " + str(len(params)) + ", expected " + str(n))
        return _GenericAlias(self._origin, params, self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if origin is None:
            raise TypeError("Type " + self._name + " cannot be instantiated")
        if self._name in ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type"):
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + origin.__name__.lower() + "() instead")
        return origin(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash(self._name)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return _GenericAlias(tuple, (_type_check(params[0], msg), ...), "Tuple")
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple([_type_check(p, msg) for p in params]), "Tuple")


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableGenericAlias(self._origin, (..., result), "Callable")
        if not isinstance(args, (list, tuple)):
            args = (args,)
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        return _CallableGenericAlias(self._origin, tuple([_type_check(a, msg) for a in args]) + (result,),
                                     "Callable")


# ---------------------------------------------------------------- special forms


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            if self._name == "Any":
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[1] is _NoneType:
                return "typing.Optional[" + _type_repr(args[0]) + "]"
            if args[0] is _NoneType:
                return "typing.Optional[" + _type_repr(args[1]) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def _copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _OneArgAlias(_GenericAlias):
    """ClassVar[int], Final[int], Required[int]...: the form's name and one argument."""

    def __init__(self, form, args):
        _GenericAlias.__init__(self, form, args, form._name)
        if form._name == "ClassVar":
            self._monty_special = "ClassVar"

    def _copy_with(self, args):
        return _OneArgAlias(self._origin, args)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return ("typing.Annotated[" + _type_repr(self.__origin__) + ", "
                + ", ".join(repr(a) for a in self.__metadata__) + "]")


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return "*" + repr(self.__args__[0])


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        elif type(p).__name__ == "UnionType":
            members = _alias_parts(p)[1]
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), "Union")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "typing.Optional requires a single type.")
    return Union[arg, _NoneType]


def _single_type_form(self, parameters):
    item = _type_check(parameters, repr(self) + " accepts only single type.", allow_special=False)
    return _OneArgAlias(self, (item,))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        values = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
        for v in values:
            if not any(type(v) is type(seen) and v == seen for seen in flat):
                flat.append(v)
    return _LiteralGenericAlias(self, tuple(flat), "Literal")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special=True)
    if isinstance(origin, _AnnotatedAlias):
        return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + tuple(params[1:]))
    return _AnnotatedAlias(origin, tuple(params[1:]))


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, "Concatenate")


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, repr(self) + " accepts only single type.")
    return _UnpackAlias(self, (item,), "Unpack")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
ClassVar = _SpecialForm("ClassVar", _single_type_form)
ClassVar._monty_special = "ClassVar"
Final = _SpecialForm("Final", _single_type_form)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_type_form)
Required = _SpecialForm("Required", _single_type_form)
NotRequired = _SpecialForm("NotRequired", _single_type_form)
Unpack = _SpecialForm("Unpack", _unpack_getitem)


# ---------------------------------------------------------------- type variables


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__name__ = name
        self.__constraints__ = tuple([_type_check(c, msg) for c in constraints])
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class _ParamSpecPart(_Final):
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return self.__origin__.__name__ + "." + self._kind


class ParamSpecArgs(_ParamSpecPart):
    def __init__(self, origin):
        _ParamSpecPart.__init__(self, origin, "args")


class ParamSpecKwargs(_ParamSpecPart):
    def __init__(self, origin):
        _ParamSpecPart.__init__(self, origin, "kwargs")


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


Text = str


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got " + repr(arg))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __repr__(self):
        return "ForwardRef(" + repr(self.__forward_arg__) + ")"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


# ---------------------------------------------------------------- Generic and Protocol


_pending_parameters = [None]  # Generic[T] in a class statement's bases, for the class it makes


def _check_generic_parameters(cls, params):
    for p in params:
        if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
            raise TypeError("Parameters to " + cls.__name__ + "[...] must all be type variables "
                            "or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError("Parameters to " + cls.__name__ + "[...] must all be unique")


def _defines_init(cls):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if "__init__" in klass.__dict__:
            return True
    return False


class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to " + cls.__qualname__ + "[...] cannot be empty")
            _check_generic_parameters(cls, params)
            _pending_parameters[0] = params
            return cls
        own = cls.__dict__.get("__parameters__", ())
        if own and len(params) != len(own):
            raise TypeError("Too " + ("many" if len(params) > len(own) else "few") + " arguments for "
                            + repr(cls) + "; actual " + str(len(params)) + ", expected " + str(len(own)))
        msg = "Parameters to generic types must be types."
        return _GenericAlias(cls, tuple([_type_check(p, msg) for p in params]))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        params = _pending_parameters[0]
        _pending_parameters[0] = None
        if params is None:
            params = ()
            for base in cls.__bases__:
                for p in getattr(base, "__parameters__", ()):
                    if p not in params:
                        params += (p,)
        cls.__parameters__ = params

    def __new__(cls, *args, **kwargs):
        if cls is not Protocol and cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        if (args or kwargs) and not _defines_init(cls):
            raise TypeError(cls.__name__ + "() takes no arguments")
        return object.__new__(cls)


Generic.__parameters__ = ()

_PROTOCOL_SKIP = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__parameters__", "__qualname__",
    "__init_subclass__", "_is_protocol", "_is_runtime_protocol", "__abc_virtual__", "__hash__",
    "__match_args__", "__orig_bases__", "__protocol_attrs__",
})


class Protocol(Generic):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "_is_protocol" not in cls.__dict__:
            bases = cls.__bases__
            cls._is_protocol = any(b is Protocol for b in bases) and all(
                b is Protocol or b is Generic or b.__dict__.get("_is_protocol", False) for b in bases)


Protocol._is_protocol = True


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__:
        if base is Protocol or base is Generic or base is object:
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        for name in names:
            if name.startswith("_abc_") or name in _PROTOCOL_SKIP or name in attrs:
                continue
            attrs.append(name)
    return tuple(attrs)


_SAMPLES = (0, 0.0, True, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(0), None)


def runtime_checkable(cls):
    if not _is_class(cls) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got " + repr(cls))
    cls._is_runtime_protocol = True
    attrs = _protocol_attrs(cls)
    natives = []
    for sample in _SAMPLES:
        if all(hasattr(sample, name) for name in attrs):
            natives.append(type(sample))
    spec = cls.__dict__.get("__abc_virtual__", ((), (), ()))
    cls.__abc_virtual__ = (tuple(natives) + spec[0], attrs, spec[2])
    return cls


def _supports(name, attr, natives):
    class _Proto(Protocol):
        pass

    _Proto.__name__ = name
    _Proto.__qualname__ = name
    _Proto._is_runtime_protocol = True
    _Proto.__abc_virtual__ = (natives, (attr,), ())
    return _Proto


SupportsInt = _supports("SupportsInt", "__int__", (int, float, bool))
SupportsFloat = _supports("SupportsFloat", "__float__", (int, float, bool))
SupportsComplex = _supports("SupportsComplex", "__complex__", ())
SupportsBytes = _supports("SupportsBytes", "__bytes__", (bytes,))
SupportsIndex = _supports("SupportsIndex", "__index__", (int, bool))
SupportsAbs = _supports("SupportsAbs", "__abs__", (int, float, bool))
SupportsRound = _supports("SupportsRound", "__round__", (int, float, bool))


# ---------------------------------------------------------------- aliases of builtin and abstract classes


List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _TupleAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Callable = _CallableAlias(_LazyOrigin("Callable"), 2, "Callable")
Hashable = _SpecialGenericAlias(_LazyOrigin("Hashable"), 0, "Hashable")
Sized = _SpecialGenericAlias(_LazyOrigin("Sized"), 0, "Sized")
Awaitable = _SpecialGenericAlias(_LazyOrigin("Awaitable"), 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_LazyOrigin("Coroutine"), 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_LazyOrigin("AsyncIterable"), 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_LazyOrigin("AsyncIterator"), 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_LazyOrigin("AsyncGenerator"), 2, "AsyncGenerator")
Iterable = _SpecialGenericAlias(_LazyOrigin("Iterable"), 1, "Iterable")
Iterator = _SpecialGenericAlias(_LazyOrigin("Iterator"), 1, "Iterator")
Reversible = _SpecialGenericAlias(_LazyOrigin("Reversible"), 1, "Reversible")
Generator = _SpecialGenericAlias(_LazyOrigin("Generator"), 3, "Generator")
Container = _SpecialGenericAlias(_LazyOrigin("Container"), 1, "Container")
Collection = _SpecialGenericAlias(_LazyOrigin("Collection"), 1, "Collection")
AbstractSet = _SpecialGenericAlias(_LazyOrigin("Set"), 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_LazyOrigin("MutableSet"), 1, "MutableSet")
Mapping = _SpecialGenericAlias(_LazyOrigin("Mapping"), 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_LazyOrigin("MutableMapping"), 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_LazyOrigin("Sequence"), 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_LazyOrigin("MutableSequence"), 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_LazyOrigin("ByteString"), 0, "ByteString")
MappingView = _SpecialGenericAlias(_LazyOrigin("MappingView"), 1, "MappingView")
KeysView = _SpecialGenericAlias(_LazyOrigin("KeysView"), 1, "KeysView")
ItemsView = _SpecialGenericAlias(_LazyOrigin("ItemsView"), 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_LazyOrigin("ValuesView"), 1, "ValuesView")
ContextManager = _SpecialGenericAlias(None, 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(None, 1, "AsyncContextManager")
Deque = _SpecialGenericAlias(None, 1, "Deque")
DefaultDict = _SpecialGenericAlias(None, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(None, 2, "OrderedDict")
Counter = _SpecialGenericAlias(None, 1, "Counter")
ChainMap = _SpecialGenericAlias(None, 2, "ChainMap")
Pattern = _SpecialGenericAlias(None, 1, "Pattern")
Match = _SpecialGenericAlias(None, 1, "Match")


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# ---------------------------------------------------------------- NamedTuple


def _namedtuple_fields(cls):
    annotations = cls.__dict__.get("__annotations__", {})
    fields = []
    defaults = {}
    for name in annotations:
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in cls.__dict__:
            defaults[name] = cls.__dict__[name]
        elif defaults:
            raise TypeError("Non-default namedtuple field " + name + " cannot follow default field"
                            + ("s " if len(defaults) > 1 else " ") + ", ".join(defaults))
        fields.append(name)
    return tuple(fields), defaults


def _namedtuple_setup(cls, fields, defaults, annotations):
    cls._fields = fields
    cls._field_defaults = defaults
    cls.__match_args__ = fields
    cls.__annotations__ = annotations
    nt_defaults = tuple([defaults[f] for f in fields if f in defaults])
    cls._monty_signature = (("_cls",) + fields, nt_defaults)


class NamedTuple:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "__annotations__" not in cls.__dict__ and hasattr(cls, "_fields"):
            return  # a subclass of a named tuple class keeps its fields
        fields, defaults = _namedtuple_fields(cls)
        _namedtuple_setup(cls, fields, defaults, dict(cls.__dict__.get("__annotations__", {})))

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_functional(*args, **kwargs)
        positional, defaults = cls._monty_signature
        values = _bind_signature(cls.__name__ + ".__new__", positional, (), defaults, {}, (cls,) + args, kwargs)
        self = object.__new__(cls)
        state = _instance_dict(self)
        values = values[1:]
        for name, value in zip(cls._fields, values):
            state[name] = value
        state["_monty_values"] = values
        return self

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __delattr__(self, name):
        if name in type(self)._fields:
            raise AttributeError("can't delete attribute")
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __repr__(self):
        parts = []
        for name, value in zip(type(self)._fields, self._monty_values):
            parts.append(name + "=" + repr(value))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __iter__(self):
        return iter(self._monty_values)

    def __len__(self):
        return len(self._monty_values)

    def __getitem__(self, index):
        return self._monty_values[index]

    def __contains__(self, value):
        return value in self._monty_values

    def __reversed__(self):
        return reversed(self._monty_values)

    def _values_of(self, other):
        if isinstance(other, tuple):
            return other
        if isinstance(other, NamedTuple):
            return other._monty_values
        return None

    def __eq__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values == values

    def __ne__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values != values

    def __lt__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values < values

    def __le__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values <= values

    def __gt__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values > values

    def __ge__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values >= values

    def __hash__(self):
        return hash(self._monty_values)

    def __add__(self, other):
        values = self._values_of(other)
        if values is None:
            return NotImplemented
        return self._monty_values + values

    def __radd__(self, other):
        if isinstance(other, tuple):
            return other + self._monty_values
        return NotImplemented

    def __mul__(self, n):
        return self._monty_values * n

    def __rmul__(self, n):
        return self._monty_values * n

    def __getnewargs__(self):
        return self._monty_values

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        import copy
        return type(self)(*copy.deepcopy(self._monty_values, memo))

    def count(self, value):
        return self._monty_values.count(value)

    def index(self, value, *args):
        return self._monty_values.index(value, *args)

    def _asdict(self):
        return dict(zip(type(self)._fields, self._monty_values))

    def _replace(self, **changes):
        values = []
        for name, value in zip(type(self)._fields, self._monty_values):
            values.append(changes.pop(name, value))
        if changes:
            raise ValueError("Got unexpected field names: " + repr(list(changes)))
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected " + str(len(cls._fields)) + " arguments, got " + str(len(values)))
        return cls(*values)


def _namedtuple_functional(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    names = []
    annotations = {}
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    for item in fields:
        name, tp = item
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in names:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        names.append(name)
        annotations[name] = _type_check(tp, msg)
    return _make_class_named(NamedTuple, typename, tuple(names), {}, annotations)


def _make_class_named(base, typename, fields, defaults, annotations):
    class _Made(base):
        pass

    _Made.__name__ = typename
    _Made.__qualname__ = typename
    _Made.__module__ = "__main__"
    _namedtuple_setup(_Made, fields, defaults, annotations)
    return _Made


# ---------------------------------------------------------------- TypedDict


def _typeddict_setup(cls, own, total):
    annotations = {}
    required = set()
    optional = set()
    for base in cls.__bases__:
        annotations.update(base.__dict__.get("__annotations__", {}))
        required.update(getattr(base, "__required_keys__", ()))
        optional.update(getattr(base, "__optional_keys__", ()))
    msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
    for key, tp in own.items():
        if not isinstance(tp, str):
            tp = _type_check(tp, msg, allow_special=True)
        annotations[key] = tp
        kind = getattr(tp, "__origin__", None)
        if kind is Required:
            required.add(key)
        elif kind is NotRequired:
            optional.add(key)
        elif total:
            required.add(key)
        else:
            optional.add(key)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = total


class TypedDict:
    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        _typeddict_setup(cls, dict(cls.__dict__.get("__annotations__", {})), total)

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")

    class _Made(TypedDict):
        pass

    _Made.__name__ = typename
    _Made.__qualname__ = typename
    _Made.__module__ = "__main__"
    _typeddict_setup(_Made, dict(fields), total)
    return _Made


def is_typeddict(tp):
    return _is_class(tp) and tp is not TypedDict and issubclass(tp, TypedDict)


# ---------------------------------------------------------------- NewType


class NewType(_Final):
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = "__main__"
        self.__supertype__ = tp

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x


# ---------------------------------------------------------------- functions


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def reveal_type(obj, /):
    print("Runtime type is " + repr(type(obj).__name__), file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    key = getattr(func, "__qualname__", None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn

    return decorator


def _alias_parts(tp):
    """(origin, args) of a `list[int]` or `int | str` made by the builtin types."""
    return _generic_alias_parts(tp)


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _LiteralGenericAlias):
        return Literal
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return _alias_parts(tp)[0]
    if type(tp).__name__ == "_GenericAlias" and type(tp).__module__ == "collections.abc":
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    abc_alias = type(tp).__name__ == "_GenericAlias" and type(tp).__module__ == "collections.abc"
    if isinstance(tp, _CallableGenericAlias) or abc_alias and tp.__origin__ is _abc_module().Callable:
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias) or abc_alias:
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return _alias_parts(tp)[1]
    return ()


_HINT_NAMES = {"int": int, "float": float, "str": str, "bytes": bytes, "bool": bool, "list": list,
               "dict": dict, "set": set, "frozenset": frozenset, "tuple": tuple, "object": object,
               "type": type, "bytearray": bytearray, "range": range}


class _Unresolved(Exception):
    pass


def _hint_tokens(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
        elif text.startswith("...", i):
            tokens.append(("const", ...))
            i += 3
        elif c in "[](),|":
            tokens.append(("op", c))
            i += 1
        elif c == "'" or c == '"':
            j = text.find(c, i + 1)
            if j < 0:
                raise _Unresolved(text)
            tokens.append(("const", text[i + 1:j]))
            i = j + 1
        elif c.isdigit() or c == "-" and i + 1 < n and text[i + 1].isdigit():
            j = i + 1
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("const", int(text[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in "_."):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        else:
            raise _Unresolved(text)
    return tokens


class _HintParser:
    """Evaluates the annotation expressions a string annotation holds (names, dotted names, subscripts,
    `|`, None, `...`, literals) without eval: the sandbox has none."""

    def __init__(self, tokens, namespaces):
        self.tokens = tokens
        self.pos = 0
        self.namespaces = namespaces

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if tok[0] is None or value is not None and tok != ("op", value):
            raise _Unresolved(value)
        self.pos += 1
        return tok

    def expr(self):
        left = self.atom()
        while self.peek() == ("op", "|"):
            self.take("|")
            left = left | self.atom()
        return left

    def atom(self):
        kind, value = self.take()
        if kind == "const":
            result = value
        elif kind == "name":
            result = self.resolve(value)
        elif value == "[":
            items = self.items("]")
            return list(items)
        elif value == "(":
            self.take(")")
            return ()
        else:
            raise _Unresolved(value)
        while self.peek() == ("op", "["):
            self.take("[")
            items = self.items("]")
            result = result[items[0] if len(items) == 1 and not self.trailing_comma else tuple(items)]
        return result

    def items(self, closing):
        found = []
        self.trailing_comma = False
        if self.peek() == ("op", closing):
            self.take(closing)
            return found
        while True:
            found.append(self.expr())
            if self.peek() == ("op", ","):
                self.take(",")
                self.trailing_comma = True
                if self.peek() == ("op", closing):
                    break
                self.trailing_comma = False
                continue
            break
        self.take(closing)
        return found

    def resolve(self, dotted):
        if dotted == "None":
            return None
        if dotted == "True":
            return True
        if dotted == "False":
            return False
        parts = dotted.split(".")
        head = parts[0]
        found = _Unresolved
        for ns in self.namespaces:
            if ns is not None and head in ns:
                found = ns[head]
                break
        else:
            if head in _HINT_NAMES:
                found = _HINT_NAMES[head]
            elif head == "typing" and len(parts) > 1 and parts[1] in _TYPING_NAMES:
                found = _TYPING_NAMES[parts[1]]
                parts = parts[1:]
            elif head in _TYPING_NAMES:
                found = _TYPING_NAMES[head]
        if found is _Unresolved:
            raise _Unresolved(dotted)
        for attr in parts[1:]:
            found = getattr(found, attr)
        return found


def _eval_hint_string(text, namespaces):
    try:
        parser = _HintParser(_hint_tokens(text.strip()), namespaces)
        value = parser.expr()
        if parser.pos != len(parser.tokens):
            return text
        return value
    except (_Unresolved, TypeError, AttributeError, KeyError, IndexError):
        return text


def _resolve_hint(value, namespaces):
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        value = _eval_hint_string(value, namespaces)
        if value is None:
            return _NoneType
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if _is_class(obj):
        for base in reversed(obj.__mro__):
            if base is object:
                continue
            own = base.__dict__
            names = {base.__name__: base, obj.__name__: obj}
            namespaces = (localns, own, globalns, names)
            for name, value in own.get("__annotations__", {}).items():
                hints[name] = _resolve_hint(value, namespaces)
    else:
        try:
            annotations = obj.__annotations__
        except AttributeError:
            annotations = {}
        if annotations is None:
            annotations = {}
        for name, value in annotations.items():
            hints[name] = _resolve_hint(value, (localns, globalns))
    if not include_extras:
        for name, value in hints.items():
            if isinstance(value, _AnnotatedAlias):
                hints[name] = value.__origin__
    return hints


AnyStr = TypeVar("AnyStr", bytes, str)

_TYPING_NAMES = {
    "AbstractSet": AbstractSet, "Annotated": Annotated, "Any": Any, "AnyStr": AnyStr,
    "AsyncContextManager": AsyncContextManager, "AsyncGenerator": AsyncGenerator,
    "AsyncIterable": AsyncIterable, "AsyncIterator": AsyncIterator, "Awaitable": Awaitable,
    "BinaryIO": BinaryIO, "ByteString": ByteString, "Callable": Callable, "ChainMap": ChainMap,
    "ClassVar": ClassVar, "Collection": Collection, "Concatenate": Concatenate, "Container": Container,
    "ContextManager": ContextManager, "Coroutine": Coroutine, "Counter": Counter, "DefaultDict": DefaultDict,
    "Deque": Deque, "Dict": Dict, "Final": Final, "ForwardRef": ForwardRef, "FrozenSet": FrozenSet,
    "Generator": Generator, "Generic": Generic, "Hashable": Hashable, "IO": IO, "ItemsView": ItemsView,
    "Iterable": Iterable, "Iterator": Iterator, "KeysView": KeysView, "List": List, "Literal": Literal,
    "LiteralString": LiteralString, "Mapping": Mapping, "MappingView": MappingView, "Match": Match,
    "MutableMapping": MutableMapping, "MutableSequence": MutableSequence, "MutableSet": MutableSet,
    "NamedTuple": NamedTuple, "Never": Never, "NewType": NewType, "NoReturn": NoReturn,
    "NotRequired": NotRequired, "Optional": Optional, "OrderedDict": OrderedDict, "ParamSpec": ParamSpec,
    "Pattern": Pattern, "Protocol": Protocol, "Required": Required, "Reversible": Reversible, "Self": Self,
    "Sequence": Sequence, "Set": Set, "Sized": Sized, "SupportsAbs": SupportsAbs,
    "SupportsBytes": SupportsBytes, "SupportsComplex": SupportsComplex, "SupportsFloat": SupportsFloat,
    "SupportsIndex": SupportsIndex, "SupportsInt": SupportsInt, "SupportsRound": SupportsRound, "Text": Text,
    "TextIO": TextIO, "Tuple": Tuple, "Type": Type, "TypeAlias": TypeAlias, "TypeGuard": TypeGuard,
    "TypeVar": TypeVar, "TypeVarTuple": TypeVarTuple, "TypedDict": TypedDict, "Union": Union,
    "Unpack": Unpack, "ValuesView": ValuesView,
}
