"""The prelude: builtins' work that needs guest code, written in the subset and compiled by monty_peg.

A native builtin that must call a key function, iterate a generator or call back into guest code returns
a `Redirect` to one of these functions, so the work runs as guest frames: it is counted by the limits,
shows no frames in tracebacks (its code is marked hidden), and can pause at a host call and be dumped.
"""

from __future__ import annotations

SOURCE = '''
def _listify(it):
    return [x for x in it]


def _call_listed(bound, args, kwargs):
    args = [_listify(a) if _is_lazy(a) else a for a in args]
    kwargs = {k: (_listify(v) if _is_lazy(v) else v) for k, v in kwargs.items()}
    return bound(*args, **kwargs)


def _setitem_listed(obj, key, value):
    obj[key] = _listify(value)


def _construct(ctor, it):
    return ctor(_listify(it))


def _construct_dict(it, kwargs):
    d = dict(_listify(it))
    d.update(kwargs)
    return d


def _sort(items, key, reverse):
    keys = [key(x) for x in items]
    _sort_by_keys(items, keys, reverse)


def _sorted(iterable, key, reverse):
    items = _listify(iterable)
    if key is None:
        items.sort(reverse=reverse)
    else:
        _sort(items, key, reverse)
    return items


def _contains(container, item):
    for x in container:
        if x is item or x == item:
            return True
    return False


def _not_contains(container, item):
    for x in container:
        if x is item or x == item:
            return False
    return True


def _sum(iterable, start):
    total = start
    for x in iterable:
        total = total + x
    return total


def _any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def _all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def _min_max(iterable, key, default, want_max):
    found = False
    best = None
    best_key = None
    for x in iterable:
        k = x if key is None else key(x)
        if not found:
            best = x
            best_key = k
            found = True
        elif (k > best_key) if want_max else (k < best_key):
            best = x
            best_key = k
    if not found:
        if default is _MISSING:
            raise ValueError(("max" if want_max else "min") + "() arg is an empty sequence")
        return default
    return best


def _enumerate(iterable, start):
    n = start
    for x in iterable:
        yield (n, x)
        n += 1


def _zip(iterables, strict):
    its = [iter(i) for i in iterables]
    if not its:
        return
    while True:
        items = []
        for i, it in enumerate(its):
            for x in it:
                items.append(x)
                break
            else:
                if strict:
                    if i:
                        plural = "s 1-" + str(i) if i > 1 else " 1"
                        raise ValueError("zip() argument " + str(i + 1) + " is shorter than argument" + plural)
                    for j in range(1, len(its)):
                        for x in its[j]:
                            plural = "s 1-" + str(j) if j > 1 else " 1"
                            raise ValueError("zip() argument " + str(j + 1) + " is longer than argument" + plural)
                return
        yield tuple(items)


def _map(fn, iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield fn(x)
    else:
        for args in _zip(iterables, False):
            yield fn(*args)


def _filter(fn, iterable):
    if fn is None:
        for x in iterable:
            if x:
                yield x
    else:
        for x in iterable:
            if fn(x):
                yield x


def _iter_sentinel(fn, sentinel):
    while True:
        value = fn()
        if value == sentinel:
            return
        yield value
'''


def _sort_by_keys(items, keys, reverse):
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=reverse)
    items[:] = [items[i] for i in order]
