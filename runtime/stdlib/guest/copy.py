# copy for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Shallow and deep copies of the builtin containers and of class instances (through their attribute
# dicts, or their own __copy__ / __deepcopy__ / __getstate__ / __setstate__), with CPython 3.11's memo
# semantics: shared and cyclic structure is copied once.


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, str, bytes, type, range, slice}
# builtin types kept by name: a snapshot cannot save these type objects in the module's globals
_ATOMIC_NAMES = {"function", "builtin_function_or_method", "method", "ellipsis", "NotImplementedType"}


def _atomic(cls):
    return cls in _ATOMIC or cls.__name__ in _ATOMIC_NAMES and cls.__module__ == "builtins"


def _is_deque(cls):
    return cls.__name__ == "deque" and cls.__module__ == "collections" and not _is_guest_class(cls)


def _is_guest_class(cls):
    return type(cls) is type and hasattr(cls, "__mro__")


def _instance_state(x):
    try:
        return _instance_dict(x)
    except TypeError:
        return None


def _uncopyable(x):
    raise TypeError("cannot pickle '" + type(x).__name__ + "' object")


def _new_like(x):
    """A new instance of x's class, made without calling __init__ (as copy's reconstruction does)."""
    return object.__new__(type(x))


def copy(x):
    cls = type(x)
    if cls is tuple or cls is frozenset or _atomic(cls):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if isinstance(x, dict) or _is_deque(cls):  # collections' Counter, defaultdict, OrderedDict, deque
        return x.copy()
    if isinstance(x, tuple):  # a namedtuple
        return cls.__new__(cls, *x)
    if _is_class(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        return _copy_exception(x, None)
    state = _instance_state(x)
    if state is None:
        if cls.__name__ in ("generator", "module"):
            _uncopyable(x)
        return x
    y = _new_like(x)
    _set_state(y, _get_state(x, state), None)
    return y


def _get_state(x, state):
    getter = getattr(type(x), "__getstate__", None)
    if getter is not None:
        return getter(x)
    return state


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    setter = getattr(type(y), "__setstate__", None)
    if setter is not None:
        setter(y, state)
        return
    if state:
        _instance_dict(y).update(state)


def _copy_exception(x, memo):
    args = x.args if memo is None else deepcopy(x.args, memo)
    y = type(x)(*args)
    if memo is not None:
        memo[id(x)] = y
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        try:
            return memo[d]  # a cycle through a mutable container copied it already
        except KeyError:
            pass
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, dict) or _is_deque(cls):  # collections' Counter, defaultdict, OrderedDict, deque
        y = x.copy()
        y.clear()
        memo[d] = y
        if isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for item in x:
                y.append(deepcopy(item, memo))
    elif isinstance(x, tuple):  # a namedtuple
        items = [deepcopy(item, memo) for item in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = cls.__new__(cls, *items)
    elif _is_class(x):
        return x
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            y = copier(x, memo)
        elif isinstance(x, BaseException):
            y = _copy_exception(x, memo)
        else:
            state = _instance_state(x)
            if state is None:
                if cls.__name__ in ("generator", "module"):
                    _uncopyable(x)
                return x
            y = _new_like(x)
            memo[d] = y
            _set_state(y, _get_state(x, state), memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as the memo is (its id is the memo's key), as CPython does."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
