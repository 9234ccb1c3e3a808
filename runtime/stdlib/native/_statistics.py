"""`_statistics`: the arithmetic behind the guest `statistics` module (runtime/stdlib/guest/statistics.py).

CPython's statistics functions compute exactly (with fractions) and round once; to give the same floats,
the numeric functions run CPython's own on the guest's plain data: a list of ints, floats, bools (or
strings, for CPython's TypeError), with class instances replaced by stand-ins that only carry their type
name into the error message. The work (about a few microseconds per item, more for big integers) is
estimated first and refused when it cannot finish in the time left. `StatisticsError` comes back as a
message for the guest module to raise as its own class.
"""

from __future__ import annotations

import statistics as _st

from ... import limits
from ...values import ExcInstance, Instance
from .. import make_native_module
from ..objects import stand_in

_FUNCTIONS = frozenset({"mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
                        "median_high", "median_grouped", "mode", "multimode", "pstdev", "pvariance", "stdev",
                        "variance", "quantiles", "correlation", "covariance", "linear_regression"})
# what only orders or hashes the data: done by the guest module when the data holds class instances
ORDER_ONLY = frozenset({"median", "median_low", "median_high", "mode", "multimode"})
_CONTAINERS = (list, tuple, set, frozenset, dict, type({}.keys()), type({}.values()))
_SECONDS_PER_ITEM = 4e-6


def _plain_data(v):
    """(a list the host may use, whether it held guest instances, its estimated cost in item units)."""
    items = list(v)
    guest = False
    cost = len(items)
    for i, x in enumerate(items):
        t = type(x)
        if t is Instance or t is ExcInstance:
            guest = True
            items[i] = stand_in(x)
        elif t is int and x.bit_length() > 256:
            cost += x.bit_length() // 64
    return items, guest, cost


def s_call(name, args, kwargs):
    """("ok", result), ("error", StatisticsError message), ("guest", None) when the guest module must do
    the work itself, or ("lr", (slope, intercept))."""
    if name not in _FUNCTIONS or type(args) is not tuple or type(kwargs) is not dict:
        raise TypeError("bad statistics call")
    plain_args, total, guest = [], 0, False
    for a in args:
        if type(a) in (str, bytes, bytearray, range):
            try:
                total += len(a)
            except OverflowError:
                total += 1 << 62
        elif type(a) in _CONTAINERS:
            if len(a) > 4096:
                limits.charge_bytes(len(a) * 8)
            a, g, cost = _plain_data(a)
            guest = guest or g
            total += cost
        else:
            a = stand_in(a)
        plain_args.append(a)
    if guest and name in ORDER_ONLY:
        return "guest", None
    plain_kwargs = {}
    for k, v in kwargs.items():
        if type(v) in _CONTAINERS:
            v, g, cost = _plain_data(v)
            total += cost
        else:
            v = stand_in(v)
        plain_kwargs[k] = v
    if total > 1000:
        limits.check_native_time(total * _SECONDS_PER_ITEM, f"statistics.{name}() of {total} items")
        limits.charge_work(total * 64)
    try:
        result = getattr(_st, name)(*plain_args, **plain_kwargs)
    except _st.StatisticsError as e:
        return "error", str(e)
    if name == "linear_regression":
        return "lr", (result.slope, result.intercept)
    return "ok", result


def s_normal(mu, sigma, method, args):
    """NormalDist(mu, sigma).method(*args) on plain floats."""
    if method not in ("pdf", "cdf", "inv_cdf", "zscore", "overlap", "quantiles"):
        raise TypeError("bad method")
    args = list(args)
    if method == "overlap":
        other_mu, other_sigma = args
        args = [_st.NormalDist(other_mu, other_sigma)]
    try:
        return "ok", getattr(_st.NormalDist(mu, sigma), method)(*[stand_in(a) for a in args])
    except _st.StatisticsError as e:
        return "error", str(e)


def s_check_normal(mu, sigma):
    try:
        d = _st.NormalDist(stand_in(mu), stand_in(sigma))
    except _st.StatisticsError as e:
        return "error", str(e)
    return "ok", (d.mean, d.stdev)


def s_from_samples(data):
    data, _, cost = _plain_data(data) if type(data) in _CONTAINERS else (data, False, 0)
    if cost > 1000:
        limits.check_native_time(cost * _SECONDS_PER_ITEM, f"NormalDist.from_samples() of {cost} items")
    try:
        d = _st.NormalDist.from_samples(data)
    except _st.StatisticsError as e:
        return "error", str(e)
    return "ok", (d.mean, d.stdev)


FUNCTIONS = {"call": s_call, "normal": s_normal, "check_normal": s_check_normal, "from_samples": s_from_samples}


def make_module():
    return make_native_module("_statistics", FUNCTIONS)
