"""Operators on guest values: native fast paths for plain data, CPython's messages for everything else.

Native operators run only when both operands are plain data (`NATIVE`), whose C implementations never
call back into Python. Anything else (functions, generators, exceptions...) gets CPython's TypeError,
worded with the guest type names. Operations whose result size the operands control (`*` repetition,
`**`, `<<`) are charged before they run.
"""

from __future__ import annotations

import operator
import types

from . import containers, limits
from .values import ExcInstance, GClass, Instance, Redirect, hide_addresses, type_name

NATIVE = frozenset({
    int, float, bool, str, bytes, bytearray, type(None), tuple, list, dict, set, frozenset, range, slice,
    type({}.keys()), type({}.values()), type({}.items()), type(Ellipsis), type(NotImplemented),
    types.GenericAlias, types.UnionType, type, object,
})

# Iterables that native code may iterate: no guest code can run while iterating them.
NATIVE_ITERABLE = frozenset({
    list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
    type({}.keys()), type({}.values()), type({}.items()),
    type(iter([])), type(iter(())), type(iter("")), type(iter("é")), type(iter(b"")), type(iter(range(1))),
    type(iter(range(1 << 70))), type(iter(set())), type(iter({})), type(iter({}.values())),
    type(iter({}.items())), type(reversed([])), type(reversed(())), type(reversed(range(1))),
    type(reversed({})), type(reversed({}.values())), type(reversed({}.items())), type(iter(bytearray())),
    enumerate, zip, map, filter, reversed,
}) | frozenset(containers.ITERABLE_TYPES)  # collections' containers (runtime/containers.py)
NATIVE = NATIVE | NATIVE_ITERABLE
_LAZY_NATIVE = frozenset({enumerate, zip, map, filter, reversed, type(iter(range(1))), type(iter(range(1 << 70)))})

# the operators on two ints or two floats (the interpreters' fast paths)
NUMERIC_BINARY = (operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
                  pow, operator.lshift, operator.rshift, operator.and_, operator.or_, operator.xor, operator.matmul)


def _shown(template, r):
    """`template % args` is text made from guest values (`'%r' % (iter([]),)`): no host address in it."""
    t = type(r)
    if t is str:
        return hide_addresses(r, template) if " at 0x" in r else r
    if t is bytes or t is bytearray:
        return hide_addresses(r, template) if b" at 0x" in r else r
    return r


def _mod(a, b):
    return _shown(a, a % b)


def _imod(a, b):
    return _shown(a, operator.imod(a, b))


BINARY = NUMERIC_BINARY[:5] + (_mod,) + NUMERIC_BINARY[6:]
INPLACE = (operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv, _imod,
           operator.ipow, operator.ilshift, operator.irshift, operator.iand, operator.ior, operator.ixor,
           operator.imatmul)
SYMBOLS = ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@")
_NAMES = ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
          "matmul")
DUNDER = tuple(f"__{n}__" for n in _NAMES)
RDUNDER = tuple(f"__r{n}__" for n in _NAMES)
IDUNDER = tuple(f"__i{n}__" for n in _NAMES)
_COMPARE_DUNDER = ("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__")
_SWAPPED_DUNDER = ("__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__")


def _guest(v) -> bool:
    t = type(v)
    return t is Instance or t is ExcInstance and v.cls.user or t is GClass and v.user and _class_hooked(v)


def _class_hooked(cls) -> bool:
    from .values import MISSING

    return any(cls.lookup(n) is not MISSING for n in ("__class_contains__", "__class_iter__"))


def _prelude(name):
    from .attrs import PRELUDE

    return PRELUDE[name]
ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR, MATMUL = range(13)

COMPARE = (operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge)
COMPARE_SYMBOLS = ("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not")

_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _size_check(opi: int, a, b):
    """Refuse, before running it, an operation whose result would be enormous."""
    ta, tb = type(a), type(b)
    if (opi == ADD or opi == MUL) and (ta in containers.SEQUENCE_TYPES or tb in containers.SEQUENCE_TYPES):
        return containers.size_check(opi, a, b)  # a deque or a namedtuple
    if opi == ADD:
        if ta in _SEQUENCES and tb in _SEQUENCES:
            n = len(a) + len(b)
            if n > 4096:
                limits.charge_bytes(n * (8 if ta in (list, tuple) else 1))
        elif ta is int and tb is int:
            pass
    elif opi == MUL:
        if ta in _SEQUENCES and tb in (int, bool):
            limits.charge_sequence(a, b)
        elif tb in _SEQUENCES and ta in (int, bool):
            limits.charge_sequence(b, a)
        elif ta is int and tb is int:
            bits = a.bit_length() + b.bit_length()
            limits.charge_bits(bits)
            limits.check_bigint_work(min(a.bit_length(), b.bit_length()) * 2)
    elif opi == POW:
        if ta in (int, bool) and tb in (int, bool) and b > 0:
            bits = a.bit_length()
            if bits > 1:
                result_bits = (bits - 1) * b if b < (1 << 62) else 1 << 62
                limits.charge_bits(result_bits)
                limits.check_bigint_work(result_bits)
        elif tb is float:
            check_real_pow(a, b)
    elif opi == LSHIFT:
        if ta in (int, bool) and tb in (int, bool) and b > 0 and a:
            limits.charge_bits(a.bit_length() + b)
    elif opi == MOD and ta in (str, bytes, bytearray):
        from .formatting import check_percent

        check_percent(a, b)


_CHECKED = frozenset({ADD, MUL, POW, LSHIFT, MOD})

COMPLEX_REFUSAL = "negative number cannot be raised to a fractional power (the sandbox has no complex numbers)"


def check_real_pow(a, b):
    """Refuse `a ** b` where CPython's answer would be a complex number (a negative finite base, a finite
    non-integral float exponent): monty_peg has no complex type, so no complex value may come into being."""
    if type(b) is float and type(a) in (int, bool, float) and a < 0 and b - b == 0 and not b.is_integer():
        if type(a) is not float:
            try:
                float(a)
            except OverflowError:
                return  # CPython raises OverflowError converting the base first: let the operation do it
        elif a - a != 0:
            return  # -inf ** x is real
        raise ValueError(COMPLEX_REFUSAL)


def binary(a, b, opi: int):
    """`a op b`; a Redirect to the prelude's dispatch when either operand is a guest instance."""
    ta, tb = type(a), type(b)
    if ta in NATIVE and tb in NATIVE:
        if opi in _CHECKED:
            _size_check(opi, a, b)
        return BINARY[opi](a, b)
    if _guest(a) or _guest(b):
        return Redirect(_prelude("_binary"), (a, b, DUNDER[opi], RDUNDER[opi], SYMBOLS[opi]))
    raise TypeError(_unsupported(SYMBOLS[opi], a, b))


def inplace(a, b, opi: int):
    ta, tb = type(a), type(b)
    if ta in NATIVE and tb in NATIVE:
        if opi in _CHECKED:
            _size_check(opi, a, b)
        return INPLACE[opi](a, b)
    if _guest(a) or _guest(b):
        return Redirect(_prelude("_inplace"), (a, b, IDUNDER[opi], DUNDER[opi], RDUNDER[opi], SYMBOLS[opi] + "="))
    raise TypeError(_unsupported(SYMBOLS[opi] + "=", a, b))


def binary_native(a, b, symbol: str):
    """After guest dunders declined (NotImplemented): the native operation, or CPython's TypeError."""
    if symbol == "divmod()":
        if type(a) in NATIVE and type(b) in NATIVE:
            return divmod(a, b)
        raise TypeError(_unsupported(symbol, a, b))
    inplace_ = symbol.endswith("=") and symbol not in ("<=", ">=", "==", "!=")
    opi = SYMBOLS.index(symbol[:-1] if inplace_ else symbol)
    if type(a) in NATIVE and type(b) in NATIVE:
        if opi == POW:
            check_real_pow(a, b)
        return (INPLACE if inplace_ else BINARY)[opi](a, b)
    raise TypeError(_sequence_refusal(symbol, a, b) or _unsupported(symbol, a, b))


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _sequence_refusal(symbol, a, b):
    """CPython's words when a native sequence meets an object that declined `+` or `*`."""
    op_ = symbol.rstrip("=")
    if op_ == "*" and (type(a) in _SEQUENCES or type(b) in _SEQUENCES):
        other = b if type(a) in _SEQUENCES else a
        return f"can't multiply sequence by non-int of type '{type_name(other)}'"
    if op_ == "+" and type(a) in _SEQUENCES:
        name = type(a).__name__
        if type(a) in (bytes, bytearray):
            return f"can't concat {type_name(b)} to {name}"
        return f'can only concatenate {name} (not "{type_name(b)}") to {name}'
    return None


def compare_native(a, b, symbol: str):
    if symbol == "==":
        return a is b
    if symbol == "!=":
        return a is not b
    raise TypeError(f"'{symbol}' not supported between instances of '{type_name(a)}' and '{type_name(b)}'")


def _unsupported(symbol, a, b):
    if symbol in ("**", "**="):
        symbol = symbol.replace("**", "** or pow()")
    return f"unsupported operand type(s) for {symbol}: '{type_name(a)}' and '{type_name(b)}'"


def unary(v, opi: int):
    if opi == 3:
        if type(v) is Instance:
            return Redirect(_prelude("_not"), (v,))
        return not truthy(v)
    if _guest(v):
        name, symbol = (("__neg__", "unary -"), ("__pos__", "unary +"), ("__invert__", "unary ~"))[opi]
        return Redirect(_prelude("_unary"), (v, name, symbol))
    if type(v) in NATIVE:
        if opi == 0:
            return -v
        if opi == 1:
            return +v
        return ~v
    sym = ("-", "+", "~")[opi]
    kind = {"-": "unary -", "+": "unary +", "~": "unary ~"}[sym]
    raise TypeError(f"bad operand type for {kind}: '{type_name(v)}'")


def compare(a, b, opi: int):
    if opi < 6:
        if _guest(a) or _guest(b):
            return Redirect(_prelude("_compare"), (a, b, _COMPARE_DUNDER[opi], _SWAPPED_DUNDER[opi],
                                                   COMPARE_SYMBOLS[opi]))
        if opi in (2, 3):  # == and != never fail
            return a == b if opi == 2 else a != b
        if type(a) in NATIVE and type(b) in NATIVE:
            return COMPARE[opi](a, b)
        raise TypeError(f"'{COMPARE_SYMBOLS[opi]}' not supported between instances of "
                        f"'{type_name(a)}' and '{type_name(b)}'")
    if opi == 8:
        return a is b
    if opi == 9:
        return a is not b
    if _guest(b):
        r = Redirect(_prelude("_contains_guest"), (b, a))
        return r if opi == 6 else Redirect(_prelude("_not_contains_guest"), (b, a))
    result = contains(b, a)
    return result if opi == 6 else not result


def contains(container, item) -> bool:
    t = type(container)
    if t is range and type(item) not in (int, bool):
        # CPython scans the whole range for a non-int; only a float can equal one of its ints
        return type(item) is float and item.is_integer() and int(item) in container
    if t in NATIVE_ITERABLE:
        if t in _LAZY_NATIVE:
            from .builtins import feed

            return item in feed(container, 0)
        if t in _SEQUENCES and len(container) > 4096:  # a scan: counted as work (see limits.charge_work)
            limits.charge_work(len(container) * (8 if t is list or t is tuple else 1))
        return item in container
    raise TypeError(f"argument of type '{type_name(container)}' is not iterable")


def truthy(v) -> bool:
    return bool(v)


def is_int(v) -> bool:
    return type(v) in (int, bool)


def is_str(v) -> bool:
    return type(v) is str


def default_hash(v) -> int:
    from .classes import guest_class, is_hashable_class

    cls = guest_class(v)
    if cls is not None and cls.user and not is_hashable_class(cls):
        raise TypeError(f"unhashable type: '{type_name(v)}'")
    return hash(v)


def is_iterator(v) -> bool:
    from .values import Generator

    t = type(v)
    if t is Generator or (t in NATIVE_ITERABLE and hasattr(t, "__next__")):
        return True
    if t is Instance:
        from .classes import class_special

        return class_special(v.cls, "__next__") is not None
    return False


PRELUDE_HELPERS = {
    "_binary_native": binary_native, "_compare_native": compare_native, "_is_int": is_int,
    "_is_str": is_str, "_default_hash": default_hash, "_is_iterator": is_iterator,
    "_is_guest_instance": _guest,
}


def exception_matches(exc, spec) -> bool:
    """`except spec:` — spec is an exception class or a tuple of them."""
    if type(spec) is GClass and spec.exception:  # (the usual case)
        return type(exc) is ExcInstance and spec in exc.cls.mro
    if type(spec) is tuple:
        for s in spec:
            if type(s) is not GClass or s.native is None and not _is_exception_class(s):
                raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        return any(exception_matches(exc, s) for s in spec)
    if type(spec) is not GClass or not _is_exception_class(spec):
        raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    return type(exc) is ExcInstance and spec in exc.cls.mro


def _is_exception_class(cls: GClass) -> bool:
    return cls.exception  # (set when the class is made: a native exception or a subclass of one)
