"""`math`: every function and constant of CPython 3.11's math module.

Each function is CPython's own, called with the guest's arguments (plain numbers: their C conversions
never run guest code), so results and error messages are CPython's. Around them:

- a guest class instance among the arguments is replaced by a stand-in of the same type name before the
  call, so the TypeError names the guest's class (`must be real number, not Foo`); `floor`, `ceil` and
  `trunc` call the class's own `__floor__` / `__ceil__` / `__trunc__` when it has one;
- functions whose work the arguments control (factorial, comb, perm, isqrt, gcd, lcm) are estimated
  first: the result is charged to the memory limit and a call that obviously cannot finish in the time
  left is refused (the estimates were measured on CPython 3.11, whose comb/isqrt/gcd are quadratic);
- `prod` and `fsum` iterate natively but metered, each multiplication charged by the size of its result;
  a generator argument is materialised by guest code first.
"""

from __future__ import annotations

import math as _m
import sys

from ... import limits
from ...values import ExcInstance, Instance, Redirect, type_name
from .. import make_native_module
from ..objects import plain_args as _plain_args, stand_in as _stand_in

_GUEST = (Instance, ExcInstance)


def _wrap(fn, check=None):
    def call(*args, **kwargs):
        args, kwargs = _plain_args(args, kwargs)
        if check is not None:
            check(*args, **kwargs)
        return fn(*args, **kwargs)
    call.__name__ = fn.__name__
    return call


def _int(v) -> bool:
    return type(v) is int or type(v) is bool


def _refuse_big(bits: float, seconds: float, what: str):
    """Charge a result of `bits` bits to the memory limit; refuse work of `seconds` that cannot fit."""
    if bits > 1 << 16:
        limits.charge_bits(int(min(bits, 1 << 62)))
    limits.check_native_time(seconds, what)


_LN2 = _m.log(2)


def _log2_factorial(n: int) -> float:
    """log2(n!) (an estimate good to a fraction of a percent for large n)."""
    if n < 2:
        return 0.0
    return _m.lgamma(n + 1) / _LN2 if n < 1 << 60 else n * (_m.log2(n) - 1 / _LN2)


def _product_seconds(bits: float) -> float:
    return 0.35 * (bits / 1.5e6) ** 1.9  # factorial / perm: a product tree of big multiplications


def _check_factorial(n=None, *rest, **kwargs):
    if _int(n) and 20000 < n <= sys.maxsize:
        bits = _log2_factorial(n)
        _refuse_big(bits, _product_seconds(bits), f"factorial({n})")


def _check_perm(n=None, k=None, *rest, **kwargs):
    if k is None:
        return _check_factorial(n)
    if _int(n) and _int(k) and 0 <= k <= n and k <= sys.maxsize and n > 1000:
        bits = _log2_factorial(n) - _log2_factorial(n - k) if n < 1 << 60 else k * _m.log2(n)
        if bits > 1 << 16:
            _refuse_big(bits, _product_seconds(bits), f"perm({n}, {k})")


def _check_comb(n=None, k=None, *rest, **kwargs):
    if _int(n) and _int(k) and 0 <= k <= n and n > 1000:
        j = min(k, n - k)
        if j > sys.maxsize:
            return
        if n < 1 << 60:
            bits = _log2_factorial(n) - _log2_factorial(j) - _log2_factorial(n - j)
        else:
            bits = j * _m.log2(n)
        if bits > 1 << 16:
            _refuse_big(bits, 0.6 * (bits / 1e5) ** 2, f"comb({n}, {k})")


def _check_isqrt(n=None, *rest, **kwargs):
    if _int(n) and n > 0:
        bits = n.bit_length()
        if bits > 1 << 17:
            limits.check_native_time(1.2 * (bits / 1e6) ** 1.8, "isqrt() of a number this large")


# gcd and the divisions in lcm are quadratic in CPython: about 4 s for two numbers of a million bits
_GCD_SECONDS_PER_BIT2 = 4e-12


def _check_gcd(*args, **kwargs):
    bits = [a.bit_length() for a in args if _int(a)]
    if bits and sum(bits) > 1 << 16:  # each step reduces the next argument by the (smaller) gcd so far
        limits.check_native_time(_GCD_SECONDS_PER_BIT2 * max(bits) * sum(bits), "gcd of numbers this large")


def _check_lcm(*args, **kwargs):
    bits = [a.bit_length() for a in args if _int(a)]
    total = sum(bits)
    if total > 1 << 16:  # the running lcm grows to the product: each step divides it by the next argument
        limits.charge_bits(total)
        limits.check_native_time(_GCD_SECONDS_PER_BIT2 * total * total, "lcm of numbers this large")


def _rounding(fn, dunder):
    wrapped = _wrap(fn)

    def call(*args, **kwargs):
        if len(args) == 1 and not kwargs and type(args[0]) in _GUEST:
            from ...classes import special

            method = special(args[0], dunder)
            if method is not None:
                return Redirect(method, ())
            if dunder == "__trunc__":
                raise TypeError(f"type {type_name(args[0])} doesn't define __trunc__ method")
        return wrapped(*args, **kwargs)
    return call


# ---------------------------------------------------------------- iterables


def _relisted(name, fn, args, kwargs):
    """Guest code materialises lazy arguments (generators) and calls the function again."""
    from ...attrs import PRELUDE
    from ...values import Builtin

    return Redirect(PRELUDE["_call_listed"], (Builtin(name, FUNCTIONS[name]), args, kwargs))


def _lazy(args, kwargs) -> bool:
    """A generator (or an iterable class instance) where the function iterates: guest code must list it."""
    from ...values import is_lazy

    return any(is_lazy(a) for a in args)


def _items(iterable):
    """What native code may iterate for the guest's iterable (metered when unbounded), with guest
    instances replaced by stand-ins; TypeError for a non-iterable."""
    from ...builtins import _native_iterable, feed

    if not _native_iterable(iterable):
        raise TypeError(f"'{type_name(iterable)}' object is not iterable")
    return feed(iterable, 0)


def m_fsum(*args, **kwargs):
    if _lazy(args, kwargs):
        return _relisted("fsum", m_fsum, args, kwargs)
    if kwargs:
        raise TypeError("math.fsum() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"math.fsum() takes exactly one argument ({len(args)} given)")
    return _m.fsum(map(_stand_in, _items(args[0])))


def m_prod(*args, **kwargs):
    if _lazy(args, kwargs):
        return _relisted("prod", m_prod, args, kwargs)
    for k in kwargs:
        if k != "start":
            raise TypeError(f"'{k}' is an invalid keyword argument for prod()")
    if len(args) != 1:
        raise TypeError(f"prod() takes exactly 1 positional argument ({len(args)} given)")
    from ...ops import MUL, binary

    acc = kwargs.get("start", 1)
    tracker = limits.current()
    items = iter(_items(args[0]))
    for x in items:
        if type(x) in _GUEST or type(acc) in _GUEST:  # their __mul__ is guest code: guest code goes on
            from ..objects import load_module

            rest = [x]
            rest.extend(items)
            return Redirect(load_module("_math_support").attrs["prod"], (rest, acc))
        acc = binary(acc, x, MUL)  # sequence repetition and big products are charged before they run
        if type(acc) is int:
            tracker.charge_work(acc.bit_length() >> 3)
    return acc


def m_dist(*args, **kwargs):
    if _lazy(args, kwargs):
        return _relisted("dist", m_dist, args, kwargs)
    args, kwargs = _plain_args(args, kwargs)
    args = tuple(tuple(map(_stand_in, _items(a))) if type(a) in (list, tuple) else a for a in args)
    return _m.dist(*args, **kwargs)


def m_hypot(*args, **kwargs):
    args, kwargs = _plain_args(args, kwargs)
    return _m.hypot(*args, **kwargs)


_PLAIN = ("acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "copysign", "cos", "cosh",
          "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "fmod", "frexp", "gamma", "isclose",
          "isfinite", "isinf", "isnan", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf",
          "nextafter", "pow", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "ulp")

FUNCTIONS = {name: _wrap(getattr(_m, name)) for name in _PLAIN}
FUNCTIONS.update({
    "ceil": _rounding(_m.ceil, "__ceil__"), "floor": _rounding(_m.floor, "__floor__"),
    "trunc": _rounding(_m.trunc, "__trunc__"),
    "factorial": _wrap(_m.factorial, _check_factorial), "perm": _wrap(_m.perm, _check_perm),
    "comb": _wrap(_m.comb, _check_comb), "isqrt": _wrap(_m.isqrt, _check_isqrt),
    "gcd": _wrap(_m.gcd, _check_gcd), "lcm": _wrap(_m.lcm, _check_lcm),
    "fsum": m_fsum, "prod": m_prod, "dist": m_dist, "hypot": m_hypot,
})
FUNCTIONS = dict(sorted(FUNCTIONS.items()))
VALUES = {"e": _m.e, "inf": _m.inf, "nan": _m.nan, "pi": _m.pi, "tau": _m.tau}


def make_module():
    return make_native_module("math", FUNCTIONS, VALUES)
