"""Binding call arguments to a guest function's parameters, in CPython 3.11's order and words."""

from __future__ import annotations

from .values import MISSING, UNBOUND, Function


def _quoted_list(names):
    names = [f"'{n}'" for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def bind_arguments(fn: Function, args, kwargs) -> list:
    """The frame's local slots for a call of `fn`; TypeError with CPython's message when they don't fit."""
    code = fn.code
    qual = fn.qualname
    argcount = code.argcount
    posonly = code.posonlyargcount
    kwonly = code.kwonlyargcount
    varnames = code.varnames
    flags = code.flags
    has_varargs = flags & 2
    has_varkw = flags & 4
    locs = [UNBOUND] * code.nlocals
    n = len(args)
    take = n if n < argcount else argcount
    locs[:take] = args[:take]
    slot = argcount + kwonly
    if has_varargs:
        locs[slot] = tuple(args[argcount:])
        varkw_slot = slot + 1
    else:
        varkw_slot = slot
    kwdict = None
    if has_varkw:
        kwdict = {}
        locs[varkw_slot] = kwdict
    if kwargs:
        for name, value in kwargs.items():
            if type(name) is not str:
                raise TypeError(f"{qual}() keywords must be strings")
            try:
                j = varnames.index(name, posonly, argcount + kwonly)
            except ValueError:
                j = -1
            if j < 0:
                if kwdict is not None:
                    kwdict[name] = value
                    continue
                # CPython: the first keyword that fits no parameter reports every positional-only
                # parameter passed by keyword (in parameter order), if any, else itself
                posonly_as_kw = [p for p in varnames[:posonly] for k in kwargs if type(k) is str and k == p]
                if posonly_as_kw:
                    raise TypeError(f"{qual}() got some positional-only arguments passed as keyword "
                                    f"arguments: '{', '.join(posonly_as_kw)}'")
                raise TypeError(f"{qual}() got an unexpected keyword argument '{name}'")
            if locs[j] is not UNBOUND:
                raise TypeError(f"{qual}() got multiple values for argument '{name}'")
            locs[j] = value
    if n > argcount and not has_varargs:
        defaults = fn.defaults or ()
        kw_given = sum(1 for i in range(argcount, argcount + kwonly) if locs[i] is not UNBOUND)
        lo = argcount - len(defaults)
        if defaults:
            takes = f"from {lo} to {argcount} positional arguments"
        else:
            takes = f"{argcount} positional argument{'s' if argcount != 1 else ''}"
        given = f"{n} positional argument{'s' if n != 1 else ''}"
        if kw_given:
            given += f" (and {kw_given} keyword-only argument{'s' if kw_given != 1 else ''})"
            verb = "were"
        else:
            verb = "was" if n == 1 else "were"
        if not kw_given:
            given = f"{n}"
        raise TypeError(f"{qual}() takes {takes} but {given} {verb} given")
    if n < argcount:
        defaults = fn.defaults or ()
        first_default = argcount - len(defaults)
        missing = []
        for i in range(n, argcount):
            if locs[i] is UNBOUND:
                if i >= first_default:
                    locs[i] = defaults[i - first_default]
                else:
                    missing.append(varnames[i])
        if missing:
            raise TypeError(f"{qual}() missing {len(missing)} required positional argument"
                            f"{'s' if len(missing) != 1 else ''}: {_quoted_list(missing)}")
    if kwonly:
        kwdefaults = fn.kwdefaults or {}
        missing = []
        for i in range(argcount, argcount + kwonly):
            if locs[i] is UNBOUND:
                name = varnames[i]
                value = kwdefaults.get(name, MISSING)
                if value is MISSING:
                    missing.append(name)
                else:
                    locs[i] = value
        if missing:
            raise TypeError(f"{qual}() missing {len(missing)} required keyword-only argument"
                            f"{'s' if len(missing) != 1 else ''}: {_quoted_list(missing)}")
    return locs
