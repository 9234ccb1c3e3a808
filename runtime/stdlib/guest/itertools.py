# itertools for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Every tool of CPython 3.11, lazy: count and repeat are classes (for their reprs), the others are
# generators made by a function that first checks the arguments and calls iter() on its iterables, so
# that bad arguments fail at the call, with CPython's messages, as they do there.

_MAXSIZE = 9223372036854775807


class _Missing:
    pass


_MISSING = _Missing()


# ---------------------------------------------------------------- argument checking


def _plural(n):
    return "argument" if n == 1 else "arguments"


def _positional(name, args, kwargs, lo, hi, kwname=None):
    """CPython's checks for a function that takes positional arguments only."""
    if kwargs:
        raise TypeError((kwname or name) + "() takes no keyword arguments")
    n = len(args)
    if n < lo:
        raise TypeError(name + " expected " + ("" if lo == hi else "at least ") + str(lo) + " " + _plural(lo)
                        + ", got " + str(n))
    if hi is not None and n > hi:
        raise TypeError(name + " expected " + ("" if lo == hi else "at most ") + str(hi) + " " + _plural(hi)
                        + ", got " + str(n))


def _clinic(name, args, kwargs, names, required, kwonly=()):
    """Argument Clinic's checks and messages for `name(names..., *, kwonly...)` whose first `required`
    parameters are required; returns the values in order (_MISSING where not given)."""
    maxpos = len(names)
    maxargs = maxpos + len(kwonly)
    nargs = len(args)
    if nargs + len(kwargs) > maxargs:
        raise TypeError(name + "() takes at most " + str(maxargs) + " " + ("keyword " if nargs == 0 else "")
                        + _plural(maxargs) + " (" + str(nargs + len(kwargs)) + " given)")
    if nargs > maxpos:
        raise TypeError(name + "() takes " + ("at most " if required < maxpos else "exactly ") + str(maxpos)
                        + " positional " + _plural(maxpos) + " (" + str(nargs) + " given)")
    values = []
    used = 0
    allnames = tuple(names) + tuple(kwonly)
    for i in range(maxargs):
        pname = allnames[i]
        if i < nargs:
            if pname in kwargs:
                raise TypeError("argument for " + name + "() given by name ('" + pname + "') and position ("
                                + str(i + 1) + ")")
            values.append(args[i])
        elif pname in kwargs:
            values.append(kwargs[pname])
            used += 1
        else:
            if i < required:
                raise TypeError(name + "() missing required argument '" + pname + "' (pos " + str(i + 1) + ")")
            values.append(_MISSING)
    if used < len(kwargs):
        for key in kwargs:
            if key not in allnames:
                raise TypeError("'" + key + "' is an invalid keyword argument for " + name + "()")
    return values


def _index(value):
    """`operator.index`, with CPython's message."""
    if isinstance(value, int):
        return int(value)
    try:
        method = value.__index__
    except AttributeError:
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer") from None
    return method()


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, (str, bytes, bytearray, list, tuple, dict, set, frozenset)) or value is None:
        return False
    for name in ("__index__", "__int__", "__float__"):
        try:
            getattr(value, name)
            return True
        except AttributeError:
            pass
    return False


# ---------------------------------------------------------------- infinite iterators


class count:
    def __init__(self, *args, **kwargs):
        start, step = _clinic("count", args, kwargs, ("start", "step"), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            value = self._value
            return "count(" + repr(int(value) if type(value) is bool else value) + ")"
        return "count(" + repr(self._value) + ", " + repr(step) + ")"


def cycle(*args, **kwargs):
    _positional("cycle", args, kwargs, 1, 1)
    return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    def __init__(self, *args, **kwargs):
        obj, times = _clinic("repeat", args, kwargs, ("object", "times"), 1)
        self._object = obj
        if times is _MISSING:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(" + repr(self._object) + ")"
        return "repeat(" + repr(self._object) + ", " + str(self._times) + ")"


# ---------------------------------------------------------------- iterators over the shortest input


def accumulate(*args, **kwargs):
    iterable, func, initial = _clinic("accumulate", args, kwargs, ("iterable", "func"), 1, ("initial",))
    it = iter(iterable)
    return _accumulate(it, None if func is _MISSING else func, None if initial is _MISSING else initial)


def _accumulate(it, func, initial):
    if initial is not None:
        total = initial
        yield total
    else:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables, **kwargs):
    if kwargs:
        raise TypeError("chain() takes no keyword arguments")
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


def _from_iterable(iterable, /):
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def compress(*args, **kwargs):
    data, selectors = _clinic("compress", args, kwargs, ("data", "selectors"), 2)
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for datum in data:
        selector = next(selectors, _MISSING)
        if selector is _MISSING:
            return
        if selector:
            yield datum


def dropwhile(*args, **kwargs):
    _positional("dropwhile", args, kwargs, 2, 2)
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    # (a StopIteration from the predicate ends the iterator, as it does CPython's C one)
    for element in it:
        try:
            drop = predicate(element)
        except StopIteration:
            return
        if not drop:
            yield element
            break
    for element in it:
        yield element


def filterfalse(*args, **kwargs):
    _positional("filterfalse", args, kwargs, 2, 2)
    return _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    if predicate is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            try:
                drop = predicate(element)
            except StopIteration:
                return
            if not drop:
                yield element


class _GroupState:
    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.have = False  # current value/key fetched
        self.value = None
        self.key = None
        self.done = False
        self.group = 0  # which group is current: older groups stop yielding

    def advance(self):
        value = next(self.it, _MISSING)
        if value is _MISSING:
            self.done = True
            self.have = False
            return False
        self.value = value
        self.key = value if self.keyfunc is None else self.keyfunc(value)
        self.have = True
        return True


def groupby(*args, **kwargs):
    iterable, key = _clinic("groupby", args, kwargs, ("iterable", "key"), 1)
    state = _GroupState(iter(iterable), None if key is _MISSING else key)
    return _groupby(state)


def _groupby(state):
    target = _MISSING
    while True:
        if state.done:
            return
        if not state.have:
            if not state.advance():
                return
        if target is not _MISSING:
            while target == state.key:
                if not state.advance():
                    return
        target = state.key
        state.group += 1
        yield (target, _grouper(state, target, state.group))


def _grouper(state, target, group):
    while state.group == group and state.have:
        if not target == state.key:
            return
        yield state.value
        if state.group != group:
            return
        if not state.advance():
            return


def islice(*args, **kwargs):
    _positional("islice", args, kwargs, 2, 4)
    it = iter(args[0])
    start, stop, step = 0, None, 1
    if len(args) == 2:
        stop = args[1]
    else:
        start = args[1]
        stop = args[2]
        if len(args) == 4:
            step = args[3]
    if stop is not None:
        if not isinstance(stop, int) or stop < 0 or stop > _MAXSIZE:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0 or start > _MAXSIZE:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1 or step > _MAXSIZE:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(it, int(start), None if stop is None else int(stop), int(step))


def _islice(it, nexti, stop, step):
    count = 0
    while True:
        while count < nexti:
            if next(it, _MISSING) is _MISSING:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        element = next(it, _MISSING)
        if element is _MISSING:
            return
        count += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield element


def pairwise(*args, **kwargs):
    _positional("pairwise", args, kwargs, 1, 1)
    return _pairwise(iter(args[0]))


def _pairwise(it):
    previous = next(it, _MISSING)
    if previous is _MISSING:
        return
    for element in it:
        yield (previous, element)
        previous = element


def starmap(*args, **kwargs):
    _positional("starmap", args, kwargs, 2, 2)
    return _starmap(args[0], iter(args[1]))


def _starmap(function, it):
    for arguments in it:
        try:
            value = function(*tuple(arguments))
        except StopIteration:
            return
        yield value


def takewhile(*args, **kwargs):
    _positional("takewhile", args, kwargs, 2, 2)
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for element in it:
        try:
            take = predicate(element)
        except StopIteration:
            return
        if take:
            yield element
        else:
            return


def tee(*args, **kwargs):
    _positional("tee", args, kwargs, 1, 2, "itertools.tee")
    n = 2
    if len(args) == 2:
        n = _index(args[1])
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    node = [None, None]  # a shared linked list of fetched values: [value, next node or None]
    return tuple([_tee(it, node) for _ in range(n)])


def _tee(it, node):
    while True:
        if node[1] is None:
            element = next(it, _MISSING)
            if element is _MISSING:
                return
            node[0] = element
            node[1] = [None, None]
        element = node[0]
        node = node[1]
        yield element


def zip_longest(*iterables, **kwargs):
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or "fillvalue" not in kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kwargs["fillvalue"]
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            value = next(it, _MISSING)
            if value is _MISSING:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---------------------------------------------------------------- combinatoric iterators


def product(*iterables, **kwargs):
    repeat = 1
    if kwargs:
        if len(kwargs) > 1:
            raise TypeError("product() takes at most 1 keyword argument (" + str(len(kwargs)) + " given)")
        for key in kwargs:
            if key != "repeat":
                raise TypeError("'" + key + "' is an invalid keyword argument for product()")
        repeat = _index(kwargs["repeat"])
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][indices[k]] for k in range(n)])


def permutations(*args, **kwargs):
    iterable, r = _clinic("permutations", args, kwargs, ("iterable", "r"), 1)
    pool = tuple(iterable)
    if r is _MISSING or r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, int(r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    order = list(range(n))
    while True:
        yield tuple([pool[i] for i in order[:r]])
        # the next arrangement in lexicographic order whose first r indices differ: reversing the tail
        # makes it the last arrangement with this prefix, then take the next permutation of all n
        if r < n:
            order[r:] = order[r:][::-1]
        i = n - 2
        while i >= 0 and order[i] > order[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while order[j] < order[i]:
            j -= 1
        order[i], order[j] = order[j], order[i]
        order[i + 1:] = order[i + 1:][::-1]


def _combination_args(name, args, kwargs):
    iterable, r = _clinic(name, args, kwargs, ("iterable", "r"), 2)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return tuple(iterable), r


def combinations(*args, **kwargs):
    pool, r = _combination_args("combinations", args, kwargs)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple([pool[i] for i in indices])
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for k in range(i + 1, r):
            indices[k] = indices[k - 1] + 1


def combinations_with_replacement(*args, **kwargs):
    pool, r = _combination_args("combinations_with_replacement", args, kwargs)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    while True:
        yield tuple([pool[i] for i in indices])
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for k in range(i, r):
            indices[k] = value
