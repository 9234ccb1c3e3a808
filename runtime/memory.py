"""Measuring the guest's live memory: the bytes of everything reachable from its frames and namespaces.

The tracker keeps a running estimate (the last measurement plus what large operations were charged since)
and measures for real when the estimate passes the limit or enough steps have gone by; a measurement
resets the estimate, so it never drifts upward with garbage. Sizes are CPython's `sys.getsizeof` of each
object, counted once however many references it has. The walk is iterative and skips the shared,
read-only builtins.
"""

from __future__ import annotations

import sys
from itertools import filterfalse, repeat
from operator import is_

from . import containers
from .values import (NULL, BoundMethod, Builtin, Cell, ClassMethod, Coroutine, ExcInstance, Function, GClass, Generator,
                     Instance, Module, Property, StaticMethod, Super, TextStream)

_getsizeof = sys.getsizeof
from .stdlib.objects import NativeObject  # noqa: E402

_LEAVES = frozenset({int, float, bool, str, bytes, type(None), range, slice, type, TextStream})
_WRAPPERS = frozenset({ClassMethod, StaticMethod})
_SEQUENCES = frozenset({list, tuple, set, frozenset, containers.deque, containers.NamedTupleValue})
_DICTS = frozenset({dict}) | frozenset(containers.DICT_TYPES)  # Counter, defaultdict, OrderedDict


def _many(items, seen: set, extend, progress=None) -> tuple:
    """Walk step for a large container's items, at C speed where possible: repeated and already-seen items
    are dropped ([0] * 10**7 is one item), and chunks of leaves are sized on the spot. Returns the (bytes,
    objects) of the leaves sized here; the other items are pushed with `extend`."""
    if type(items) is not list and type(items) is not tuple:
        items = list(items)
    total = count = 0
    queued = set()
    for start in range(0, len(items), 4096):
        if progress is not None and not start & 0xFFFF:
            progress()
        chunk = items[start:start + 4096]
        first = chunk[0]
        if all(map(is_, chunk, repeat(first))):  # one object repeated (the common big case)
            if id(first) not in seen and id(first) not in queued:
                queued.add(id(first))
                extend((first,))
            continue
        by_id = dict(zip(map(id, chunk), chunk))
        fresh = list(filterfalse(seen.__contains__, by_id))  # (keys() - seen would walk all of seen)
        if not fresh:
            continue
        objects = list(map(by_id.__getitem__, fresh))
        if _LEAVES.issuperset(map(type, objects)):
            seen.update(fresh)
            count += len(objects)
            total += sum(map(_getsizeof, objects))
        else:
            extend(objects)
    return total, count


def measure(roots, limit_objects: int = 50_000_000, progress=None):
    """(bytes, cost) of what is reachable from `roots` (an iterable of guest values, frames, namespaces):
    the cost is the objects walked plus the references followed (a list holding the same object ten
    million times is one object, but ten million steps of the walk). `progress()` is called every 65536
    objects or so (a large heap takes a while to walk: the time limit can stop it)."""
    from .vm import Frame

    seen = set()
    add = seen.add
    stack = list(roots)
    pop = stack.pop
    extend = stack.extend
    total = 0
    count = 0
    refs = 0
    next_check = 0x10000
    while stack:
        o = pop()
        i = id(o)
        if i in seen:
            continue
        add(i)
        count += 1
        if count >= next_check:
            if count > limit_objects:
                break
            next_check = count + 0x10000
            if progress is not None:
                progress()
        t = type(o)
        if t in _LEAVES:
            total += _getsizeof(o)
        elif t in _SEQUENCES:
            total += _getsizeof(o)
            n = len(o)
            refs += n
            if n > 256:
                size, objects = _many(o, seen, extend, progress)
                total += size
                count += objects
            else:
                extend(o)
        elif t in _DICTS:
            total += _getsizeof(o)
            if t is containers.defaultdict:
                stack.append(o.default_factory)
            n = len(o)
            refs += 2 * n
            if n > 256:
                for part in (o.keys(), o.values()):
                    size, objects = _many(part, seen, extend, progress)
                    total += size
                    count += objects
            else:
                extend(o)
                extend(o.values())
        elif t is Instance:  # its attributes (data held by guest objects is guest data)
            total += 56
            stack.append(o.dict)
            stack.append(o.cls)
        elif t is GClass:  # class attributes; built-in classes have an empty namespace
            total += 400
            stack.append(o.dict)
        elif t in _WRAPPERS:
            total += 48
            stack.append(o.func)
        elif t is Property:
            total += 80
            extend((o.fget, o.fset, o.fdel, o.doc))
        elif t is Super:
            total += 48
            extend((o.cls, o.obj))
        elif t is Frame:
            total += 120 + 8 * len(o.locals) + 8 * len(o.stack)
            extend(o.locals)
            extend(o.stack)
            if o.cells:
                extend(o.cells)
            stack.append(o.globals)
            if o.gen is not None:
                stack.append(o.gen)
        elif t is Function:
            total += 160
            stack.append(o.defaults)
            if o.kwdefaults:
                stack.append(o.kwdefaults)
            extend(o.closure)
            stack.append(o.globals)
            if o.attrs:
                stack.append(o.attrs)
        elif t is Cell:
            total += 40
            stack.append(o.v)
        elif t is Generator or t is Coroutine:
            total += 120
            if o.frame is not None:
                stack.append(o.frame)
        elif t is ExcInstance:
            total += 120
            stack.append(o.args)
            if o.cause is not None:
                stack.append(o.cause)
            if o.context is not None:
                stack.append(o.context)
            if o.attrs:
                stack.append(o.attrs)
        elif t is Module:
            total += 80
            stack.append(o.attrs)
        elif t is BoundMethod:
            total += 48
            stack.append(o.func)
            stack.append(o.self)
        elif t is Builtin:
            total += 56
            if o.self is not NULL:
                stack.append(o.self)
        elif t is bytearray:
            total += _getsizeof(o)
        else:  # native iterators, views, sentinels: their own size (their sources are reached elsewhere)
            total += _getsizeof(o)
            held = getattr(o, "guest_refs", None) if isinstance(o, NativeObject) else None
            if held is not None:  # a stdlib object holding guest data (a re.Match holds its string)
                extend(held())
    return total, count + refs


def vm_roots(vm):
    roots = [vm.globals, vm.modules]
    roots.extend(vm.frames)
    if vm.tier:  # compiled functions keep their locals and value stacks in Python locals
        from .compiled import python_roots

        roots.extend(python_roots(vm))
    if vm.exc_info is not None:
        roots.append(vm.exc_info)
    if vm.pending:
        roots.append(vm.pending[2])
        roots.append(vm.pending[3])
    return roots
