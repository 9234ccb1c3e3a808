# functools for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Behaviour follows CPython 3.11: reduce, partial, update_wrapper / wraps, lru_cache / cache (with
# cache_info, cache_clear, cache_parameters), cmp_to_key, total_ordering, cached_property and
# singledispatch. Wrappers are closures (so that they bind as methods, as CPython's do).
# cached_property is a property whose getter keeps the value in the instance dict under the function's
# name: the sandbox has no __get__ descriptors, and CPython's __set_name__ name is that name in practice.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got " + str(len(args)))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got " + str(len(args)))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial


class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        args = args[1:]
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(str(k) + "=" + repr(v))
        return "functools.partial(" + ", ".join(parts) + ")"


# ---------------------------------------------------------------- wrappers


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass  # the sandbox keeps some of these read-only (a function's __module__)
    for attr in updated:
        if attr != "__dict__":
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
            continue
        source = _attribute_dict(wrapped)
        for key, value in source.items():
            setattr(wrapper, key, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def _attribute_dict(obj):
    if type(obj).__name__ == "function":
        try:
            return _function_dict(obj)
        except TypeError:
            return {}
    try:
        return _instance_dict(obj)
    except TypeError:
        return {}


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


# ---------------------------------------------------------------- lru_cache


class _CacheInfo:
    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return ("CacheInfo(hits=" + repr(self.hits) + ", misses=" + repr(self.misses) + ", maxsize="
                + repr(self.maxsize) + ", currsize=" + repr(self.currsize) + ")")

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._tuple())

    def _asdict(self):
        return {"hits": self.hits, "misses": self.misses, "maxsize": self.maxsize, "currsize": self.currsize}


_CacheInfo.__name__ = "CacheInfo"
_CacheInfo.__qualname__ = "CacheInfo"


class _KwdMark:
    pass


_KWD_MARK = _KwdMark()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)  # hashes the key even when the cache is empty
            if result is not _MISSING:
                del cache[key]
                cache[key] = result  # most recently used: last in the dict's order
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                pass  # a recursive call already stored it
            else:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        return _lru_cache_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cmp_to_key


def cmp_to_key(mycmp=_MISSING):
    if mycmp is _MISSING:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")

    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if not isinstance(other, K):
                return NotImplemented
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if not isinstance(other, K):
                return NotImplemented
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if not isinstance(other, K):
                return NotImplemented
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if not isinstance(other, K):
                return NotImplemented
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if not isinstance(other, K):
                return NotImplemented
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = "KeyWrapper"
    K.__qualname__ = "functools.KeyWrapper"
    return K


# ---------------------------------------------------------------- total_ordering


def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_CONVERT = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if _defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # CPython's choice: __lt__, then __le__, __gt__, __ge__
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------- cached_property


def cached_property(func):
    attrname = func.__name__

    def getter(instance):
        cache = _instance_dict(instance)
        value = cache.get(attrname, _MISSING)
        if value is _MISSING:
            value = func(instance)
            cache[attrname] = value
        return value

    def setter(instance, value):
        _instance_dict(instance)[attrname] = value

    def deleter(instance):
        cache = _instance_dict(instance)
        if attrname not in cache:
            raise AttributeError(attrname)
        del cache[attrname]

    return property(getter, setter, deleter, func.__doc__)


# ---------------------------------------------------------------- singledispatch


def _find_impl(cls, registry):
    if _is_class(cls) and type(cls) is not type:
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
    best = None
    for klass in registry:
        if klass is not object and issubclass(cls, klass):
            if best is None or issubclass(klass, best):
                best = klass
    if best is None:
        return registry[object]
    return registry[best]


def singledispatch(func):
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls, _MISSING)
        if impl is _MISSING:
            impl = cache[cls] = _find_impl(cls, registry)
        return impl

    def register(cls, func=None):
        if _is_class(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. " + repr(cls) + " is not a class.")
            raise TypeError("Invalid first argument to `register()`: " + repr(cls) + ". Use either "
                            "`@register(some_class)` or plain `@register` on an annotated function.")
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + " requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def singledispatchmethod(func):
    """A method dispatching on the type of its first argument after self (a function, so that it binds
    as a method; register works as on singledispatch)."""
    dispatcher = singledispatch(func)

    def method(self, *args, **kwargs):
        if not args:
            raise TypeError(getattr(func, "__name__", "singledispatchmethod method")
                            + " requires at least 1 positional argument")
        return dispatcher.dispatch(type(args[0]))(self, *args, **kwargs)

    method.register = dispatcher.register
    method.dispatch = dispatcher.dispatch
    method.registry = dispatcher.registry
    update_wrapper(method, func)
    return method


def partialmethod(func, /, *args, **keywords):
    """A method with some arguments already given: a function, so that it binds as a method."""
    if not callable(func):
        raise TypeError(repr(func) + " is not callable or a descriptor")

    def method(self, /, *more, **more_keywords):
        if keywords:
            more_keywords = dict(keywords, **more_keywords)
        return func(self, *args, *more, **more_keywords)

    method.func = func
    method.args = args
    method.keywords = keywords
    return method
