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
    d = {}
    _dict_update(d, it, kwargs)
    return d


def _dict_update(d, source, kwargs):
    # dict(source) and d.update(source) for a guest object or a generator, as CPython: a source with a
    # `keys` attribute is a mapping (its keys(), then source[key] for each), anything else gives pairs
    if hasattr(source, "keys"):
        for key in _mapping_keys(source, source.keys()):
            d[key] = source[key]
    else:
        index = 0
        for item in source:
            if type(item) is tuple and len(item) == 2:
                d[item[0]] = item[1]
            else:
                _update_pair(d, item, index)
            index += 1
    if kwargs:
        d.update(kwargs)


def _update_pair(d, item, index):
    try:
        pair = _listify(item)
    except TypeError:
        raise TypeError("cannot convert dictionary update sequence element #" + str(index)
                        + " to a sequence") from None
    if len(pair) != 2:
        raise ValueError("dictionary update sequence element #" + str(index) + " has length "
                         + str(len(pair)) + "; 2 is required")
    d[pair[0]] = pair[1]


def _mapping_keys(mapping, keys):
    try:
        it = iter(keys)
    except TypeError:
        raise TypeError(_type_name(mapping) + ".keys() returned a non-iterable (type " + _type_name(keys)
                        + ")") from None
    return [key for key in it]


def _merge_mapping(target, mapping, fname):
    # `{**mapping}` (fname None) and `f(**mapping)` (fname: the callee, as error messages show it) for
    # anything but a dict, as CPython: its keys(), then mapping[key] for each, merged into `target` in
    # place; the instruction then runs again with the {} given back
    try:
        keys = mapping.keys()
    except AttributeError:
        if fname is None:
            raise TypeError("'" + _type_name(mapping) + "' object is not a mapping") from None
        raise TypeError(fname + " argument after ** must be a mapping, not " + _type_name(mapping)) from None
    keys = _mapping_keys(mapping, keys)
    if fname is None:
        for key in keys:
            target[key] = mapping[key]
        return {}
    for key in keys:
        if key in target:
            raise TypeError(fname + " got multiple values for keyword argument '" + str(key) + "'")
        target[key] = mapping[key]
    for key in keys:
        if not _is_str(key):
            raise TypeError("keywords must be strings")
    return {}


def _item(obj, key):
    # obj[key] as guest code does it (str.format's fields)
    return obj[key]


def _sort(items, key, reverse):
    keys = [x for x in items] if key is None else [key(x) for x in items]
    if _holds_guest(keys):
        order = _merge_sort(list(range(len(keys))), keys, reverse)
        items[:] = [items[i] for i in order]
    else:
        _sort_by_keys(items, keys, reverse)


def _sort_list(items, key, reverse):
    # list.sort as CPython does it: the list is empty while keys are made and compared (a key function
    # that looks at it sees []), it gets its items back even when a key fails, and changing it meanwhile
    # is an error once the sort is done
    saved = items[:]
    items.clear()
    try:
        _sort(saved, key, reverse)
    finally:
        modified = len(items) > 0
        items[:] = saved
    if modified:
        raise ValueError("list modified during sort")


def _merge_sort(order, keys, reverse):
    # stable, and like CPython's sort it only asks `<`
    if len(order) < 2:
        return order
    middle = len(order) // 2
    left = _merge_sort(order[:middle], keys, reverse)
    right = _merge_sort(order[middle:], keys, reverse)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        a = keys[left[i]]
        b = keys[right[j]]
        if (a < b) if reverse else (b < a):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def _print(args, kwargs):
    print(*[_str(a) if _is_guest_instance(a) else a for a in args], **kwargs)


def _format_value(value, conversion, spec):
    if conversion == 1:
        value = _str(value)
    elif conversion == 2:
        value = _repr(value)
    elif conversion == 3:
        value = _escape_ascii(_repr(value))
    if _is_guest_instance(value):
        return _format(value, spec)
    return format(value, spec)


def _sorted(iterable, key, reverse):
    items = _listify(iterable)
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


# map, filter and iter(f, sentinel) are C iterators in CPython: a StopIteration raised by the function they
# call ends them (their consumer sees the end), where in a generator it would become a RuntimeError


def _map(fn, iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            try:
                value = fn(x)
            except StopIteration:
                return
            yield value
    else:
        for args in _zip(iterables, False):
            try:
                value = fn(*args)
            except StopIteration:
                return
            yield value


def _filter(fn, iterable):
    if fn is None:
        for x in iterable:
            if x:
                yield x
    else:
        for x in iterable:
            try:
                keep = fn(x)
            except StopIteration:
                return
            if keep:
                yield x


def _iter_sentinel(fn, sentinel):
    while True:
        try:
            value = fn()
        except StopIteration:
            return
        if value == sentinel:
            return
        yield value


# ---------------------------------------------------------------- classes


def _build_class(body, name, bases, kwargs):
    ns = _class_namespace()
    cell = _run_class_body(body, ns)
    return _make_class(name, bases, ns, cell, kwargs)


def _instantiate(cls, args, kwargs):
    new = _class_special(cls, "__new__")
    if new is not None:
        obj = new(cls, *args, **kwargs)
        if not _is_instance_of(obj, cls):
            return obj
    else:
        obj = _new_instance(cls, args)
    init = _class_special(cls, "__init__")
    if init is not None:
        result = init(obj, *args, **kwargs)
        if result is not None:
            raise TypeError("__init__() should return None, not '" + _type_name(result) + "'")
    elif new is None and (args or kwargs) and not _is_exception_class(cls):
        raise TypeError(_qualname(cls) + "() takes no arguments")
    return obj


def _binary(a, b, name, rname, symbol):
    if _reflected_first(a, b, rname):
        result = _call_special(b, rname, a)
        if result is not NotImplemented:
            return result
        result = _call_special(a, name, b)
        if result is not NotImplemented:
            return result
    else:
        result = _call_special(a, name, b)
        if result is not NotImplemented:
            return result
        if not _same_type(a, b):
            result = _call_special(b, rname, a)
            if result is not NotImplemented:
                return result
    return _binary_native(a, b, symbol)


def _inplace(a, b, iname, name, rname, symbol):
    result = _call_special(a, iname, b)
    if result is not NotImplemented:
        return result
    return _binary(a, b, name, rname, symbol)


def _compare(a, b, name, rname, symbol):
    if _reflected_first(a, b, rname):
        result = _call_special(b, rname, a)
        if result is not NotImplemented:
            return result
    result = _call_special(a, name, b)
    if result is not NotImplemented:
        return result
    result = _call_special(b, rname, a)
    if result is not NotImplemented:
        return result
    return _compare_native(a, b, symbol)


def _compare_bool(a, b, name, rname, symbol):
    if _compare(a, b, name, rname, symbol):
        return True
    return False


def _ne_from_eq(a, b):
    result = _call_special(a, "__eq__", b)
    if result is NotImplemented:
        return result
    return not result


def _truth(obj):
    method = _special(obj, "__bool__")
    if method is not None:
        result = method()
        if result is not True and result is not False:
            raise TypeError("__bool__ should return bool, returned " + _type_name(result))
        return result
    method = _special(obj, "__len__")
    if method is not None:
        return _len(obj) != 0
    return True


def _not(obj):
    if obj:
        return False
    return True


def _len(obj):
    method = _special(obj, "__len__")
    if method is None:
        raise TypeError("object of type '" + _type_name(obj) + "' has no len()")
    result = method()
    if not _is_int(result):
        raise TypeError("'" + _type_name(result) + "' object cannot be interpreted as an integer")
    if result < 0:
        raise ValueError("__len__() should return >= 0")
    return int(result)


def _repr(obj):
    method = _special(obj, "__repr__")
    if method is None:
        return _default_repr(obj)
    result = method()
    if not _is_str(result):
        raise TypeError("__repr__ returned non-string (type " + _type_name(result) + ")")
    return result


def _str(obj):
    method = _special(obj, "__str__")
    if method is None:
        # object.__str__ calls the class's __repr__ (BaseException has its own __str__)
        method = _special(obj, "__repr__")
        if method is None or isinstance(obj, BaseException):
            return _default_str(obj)
    result = method()
    if not _is_str(result):
        raise TypeError("__str__ returned non-string (type " + _type_name(result) + ")")
    return result


def _format(obj, spec):
    method = _special(obj, "__format__")
    if method is None:
        if spec:
            raise TypeError("unsupported format string passed to " + _type_name(obj) + ".__format__")
        return _str(obj)
    result = method(spec)
    if not _is_str(result):
        raise TypeError("__format__ must return a str, not " + _type_name(result))
    return result


def _hash(obj):
    method = _special(obj, "__hash__")
    if method is None:
        return _default_hash(obj)
    result = method()
    if not _is_int(result):
        raise TypeError("__hash__ method should return an integer")
    return result


def _iter(obj):
    method = _special(obj, "__iter__")
    if method is not None:
        it = method()
        if not _is_iterator(it):
            raise TypeError("iter() returned non-iterator of type '" + _type_name(it) + "'")
        return it
    if _special(obj, "__getitem__") is not None:
        return _sequence_iter(obj)
    raise TypeError("'" + _type_name(obj) + "' object is not iterable")


def _iter_for_loop(obj):
    it = _iter(obj)
    if _is_guest_instance(it):
        return _drive(it)
    return it


def _sequence_iter(obj):
    i = 0
    while True:
        try:
            value = obj[i]
        except (IndexError, StopIteration):
            return
        yield value
        i += 1


def _drive(it):
    method = _special(it, "__next__")
    if method is None:
        raise TypeError("iter() returned non-iterator of type '" + _type_name(it) + "'")
    while True:
        try:
            value = method()
        except StopIteration:
            return
        yield value


def _next_guest(it, default):
    method = _special(it, "__next__")
    if method is None:
        raise TypeError("'" + _type_name(it) + "' object is not an iterator")
    if default is _MISSING:
        return method()
    try:
        return method()
    except StopIteration:
        return default


def _contains_guest(container, item):
    method = _special(container, "__contains__")
    if method is not None:
        if method(item):
            return True
        return False
    for x in _iter_for_loop(container):
        if x is item or x == item:
            return True
    return False


def _not_contains_guest(container, item):
    if _contains_guest(container, item):
        return False
    return True


def _call_guest(obj, args, kwargs):
    method = _special(obj, "__call__")
    if method is None:
        if _class_has(obj, "__call__"):  # `__call__ = None` and the like: calling that value fails
            raise TypeError("'NoneType' object is not callable")
        raise TypeError("'" + _type_name(obj) + "' object is not callable")
    return method(*args, **kwargs)


def _unary(obj, name, symbol):
    method = _special(obj, name)
    if method is None:
        raise TypeError("bad operand type for " + symbol + ": '" + _type_name(obj) + "'")
    return method()


def _getitem(obj, key):
    method = _special(obj, "__getitem__")
    if method is None:
        raise TypeError("'" + _type_name(obj) + "' object is not subscriptable")
    return method(key)


def _setitem(obj, key, value):
    method = _special(obj, "__setitem__")
    if method is None:
        raise TypeError("'" + _type_name(obj) + "' object does not support item assignment")
    method(key, value)


def _delitem(obj, key):
    method = _special(obj, "__delitem__")
    if method is None:
        raise TypeError("'" + _type_name(obj) + "' object doesn't support item deletion")
    method(key)


def _property_or_getattr(getter, obj, name, hook):
    try:
        if getter is None:
            raise AttributeError("property '" + name + "' of '" + _type_name(obj) + "' object has no getter")
        return getter(obj)
    except AttributeError:
        return hook(obj, name)


def _call_none(func, args, kwargs):
    func(*args, **kwargs)


def _call_or_default(func, args, kwargs, default):
    try:
        return func(*args, **kwargs)
    except AttributeError:
        return default


def _call_succeeds(func, args, kwargs):
    try:
        func(*args, **kwargs)
    except AttributeError:
        return False
    return True


def _index(obj):
    method = _special(obj, "__index__")
    if method is None:
        raise TypeError("'" + _type_name(obj) + "' object cannot be interpreted as an integer")
    result = method()
    if not _is_int(result):
        raise TypeError("__index__ returned non-int (type " + _type_name(result) + ")")
    return int(result)


def _number_guest(obj, kind):
    if kind == "int":
        method = _special(obj, "__int__")
        if method is not None:
            result = method()
            if not _is_int(result):
                raise TypeError("__int__ returned non-int (type " + _type_name(result) + ")")
            return int(result)
        if _special(obj, "__index__") is not None:
            return _index(obj)
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '"
                        + _type_name(obj) + "'")
    method = _special(obj, "__float__")
    if method is not None:
        result = method()
        if type(result) is not float:
            raise TypeError(_type_name(obj) + ".__float__ returned non-float (type " + _type_name(result) + ")")
        return result
    if _special(obj, "__index__") is not None:
        return float(_index(obj))
    raise TypeError("float() argument must be a string or a real number, not '" + _type_name(obj) + "'")


def _range_guest(args, kwargs):
    return range(*[_index(a) if _is_guest_instance(a) else a for a in args], **kwargs)


def _subscript_index(obj, key):
    return obj[_index(key)]


def _yield_from_iter(obj):
    it = iter(obj)
    if type(it).__name__ == "generator":
        return it
    return _drain(it)


def _drain(it):
    for x in it:
        yield x


def _await_guest(obj):
    it = obj.__await__()
    if type(it).__name__ != "generator":
        raise TypeError("__await__() returned non-iterator of type '" + _type_name(it) + "'")
    return it


def _await_host(call_id):
    import asyncio
    return asyncio._host_future(call_id).__await__()


def _run_script_coroutine(script):
    import asyncio
    return asyncio.run(script)


def _gen_throw_new(gen, cls, args):
    return gen.throw(cls(*args))


def _gen_throw_exit(gen, sub, exc):
    sub.close()
    return gen.throw(exc)


def _gen_close(gen):
    try:
        gen.throw(GeneratorExit())
    except (GeneratorExit, StopIteration):
        return None
    raise RuntimeError("generator ignored GeneratorExit")
'''


def _sort_by_keys(items, keys, reverse):
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=reverse)
    items[:] = [items[i] for i in order]
