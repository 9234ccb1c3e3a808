# abc for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# The sandbox refuses metaclasses, so ABCMeta cannot be used as one: ABC is a plain base class whose
# __init_subclass__ works out each subclass's __abstractmethods__ and whose __new__ refuses to
# instantiate a class that still has some, with CPython's message. `register` records a virtual
# subclass for isinstance / issubclass (through the `__abc_virtual__` declaration the runtime reads).


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        pass
    return funcobj


class abstractclassmethod:
    def __new__(cls, callable):
        return classmethod(abstractmethod(callable))


class abstractstaticmethod:
    def __new__(cls, callable):
        return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if value is None:
        return False
    kind = type(value).__name__
    if kind == "property":
        return _is_abstract(value.fget) or _is_abstract(value.fset) or _is_abstract(value.fdel)
    if kind == "classmethod" or kind == "staticmethod":
        value = value.__func__
    return getattr(value, "__isabstractmethod__", False) is True


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in abstracts and _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta:
    """Named for imports; the sandbox refuses `metaclass=` (subclass ABC instead)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("metaclasses are not supported in the sandbox; subclass abc.ABC instead")


_token = [0]


def get_cache_token():
    return _token[0]


def _defines_init(cls):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if "__init__" in klass.__dict__:
            return True
    return False


def _abc_init(cls):
    cls.__abstractmethods__ = frozenset()
    update_abstractmethods(cls)


def _abc_init_subclass(cls, **kwargs):
    """ABC's __init_subclass__ (shared with the roots of collections.abc, which are not ABC's
    subclasses in CPython)."""
    if kwargs:
        raise TypeError(cls.__name__ + ".__init_subclass__() takes no keyword arguments")
    _abc_init(cls)


def _abc_new(cls, *args, **kwargs):
    abstracts = getattr(cls, "__abstractmethods__", None)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                        + ("s " if len(names) > 1 else " ") + ", ".join(names))
    if (args or kwargs) and not _defines_init(cls):
        raise TypeError(cls.__name__ + "() takes no arguments")
    return object.__new__(cls)


def _abc_register(cls, subclass):
    if not _is_class(subclass):
        raise TypeError("Can only register classes")
    spec = cls.__dict__.get("__abc_virtual__", ((), (), ()))
    cls.__abc_virtual__ = (spec[0], spec[1], spec[2] + (subclass,))
    _token[0] += 1
    return subclass


class ABC:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _abc_init(cls)

    __new__ = _abc_new
    register = classmethod(_abc_register)


ABC.__abstractmethods__ = frozenset()
