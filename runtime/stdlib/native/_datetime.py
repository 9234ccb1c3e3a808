"""`_datetime`: the calendar work behind the guest `datetime` module (runtime/stdlib/guest/datetime.py).

The guest classes keep their fields as plain ints; what is fiddly to get exactly right (validation and its
messages, the proleptic Gregorian calendar, ISO weeks, float rounding in timedelta, strftime, strptime,
fromisoformat, isoformat, timestamps) is done here by CPython's own `datetime` on those plain values, and
only plain values come back. A time zone reaches this module as an offset in microseconds and a name
(computed by guest code, which may be a guest tzinfo's methods): the host's time zone is never used.
"""

from __future__ import annotations

import datetime as _d

from ... import limits
from ...values import type_name
from .. import make_native_module
from ..objects import plain_args


class _Zone(_d.tzinfo):
    """A fixed zone for CPython's formatting: the offset and name the guest's tzinfo gave."""

    def __init__(self, offset, name):
        self.offset = offset
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return None


def _zone(offset_us, name):
    if offset_us is None:
        return None
    if type(offset_us) is not int or (name is not None and type(name) is not str):
        raise TypeError("bad zone")
    return _Zone(_d.timedelta(microseconds=offset_us), name)


def _ints(values, n):
    if type(values) is not tuple or len(values) != n:
        raise TypeError("bad fields")
    return values


def _dt_fields(v) -> tuple:
    return (v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond)


def _offset_us(tz, dt=None):
    if tz is None:
        return None, None
    off = tz.utcoffset(dt)
    if off is None:
        return None, None
    return (off.days * 86400 + off.seconds) * 1_000_000 + off.microseconds, tz.tzname(dt)


# ---------------------------------------------------------------- construction and the calendar


def d_check_date(year, month, day):
    """CPython's checks (and messages) for date(year, month, day); the fields as ints."""
    (year, month, day), _ = plain_args((year, month, day), None)
    v = _d.date(year, month, day)
    return v.year, v.month, v.day


def d_check_time(hour, minute, second, microsecond, fold):
    (hour, minute, second, microsecond, fold), _ = plain_args((hour, minute, second, microsecond, fold), None)
    v = _d.time(hour, minute, second, microsecond, fold=fold)
    return v.hour, v.minute, v.second, v.microsecond, v.fold


def d_toordinal(year, month, day):
    return _d.date(year, month, day).toordinal()


def d_fromordinal(n):
    (n,), _ = plain_args((n,), None)
    v = _d.date.fromordinal(n)
    return v.year, v.month, v.day


def d_isocalendar(year, month, day):
    return tuple(_d.date(year, month, day).isocalendar())


def d_fromisocalendar(year, week, day):
    (year, week, day), _ = plain_args((year, week, day), None)
    v = _d.date.fromisocalendar(year, week, day)
    return v.year, v.month, v.day


def d_timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    """timedelta(...)'s normalisation, float rounding and errors: (days, seconds, microseconds)."""
    args, _ = plain_args((days, seconds, microseconds, milliseconds, minutes, hours, weeks), None)
    v = _d.timedelta(*args)
    return v.days, v.seconds, v.microseconds


def _td(fields):
    d, s, us = _ints(fields, 3)
    return _d.timedelta(d, s, us)


def d_td_op(op, a, b, b_is_td):
    """timedelta arithmetic CPython rounds in its own way: a is a timedelta's fields; b is another's (when
    b_is_td) or a number. The result: fields (a tuple of 3) or a number."""
    x = _td(a)
    if b_is_td:
        y = _td(b)
    else:
        (y,), _ = plain_args((b,), None)
        if type(y) not in (int, float, bool):
            raise TypeError("bad operand")
    if op == "mul":
        r = x * y
    elif op == "truediv":
        r = x / y
    elif op == "floordiv":
        r = x // y
    elif op == "mod":
        r = x % y
    elif op == "divmod":
        q, m = divmod(x, y)
        return q, (m.days, m.seconds, m.microseconds)
    else:
        raise ValueError(f"unknown operation {op!r}")
    if type(r) is _d.timedelta:
        return r.days, r.seconds, r.microseconds
    return r


def d_td_str(fields):
    return str(_td(fields))


# ---------------------------------------------------------------- formatting and parsing


def _charge_format(fmt):
    # C strftime pads fields to any width it is given (`%1000Y`): CPython keeps growing its buffer up to 256
    # bytes per format character, so that is what a result can cost
    if type(fmt) is str and len(fmt) > 64:
        limits.charge_bytes(len(fmt) * 256)


def d_strftime(kind, fields, fmt, offset_us=None, tzname=None):
    if type(fmt) is not str:
        raise TypeError(f"strftime() argument 1 must be str, not {type_name(fmt)}")
    _charge_format(fmt)
    if kind == "date":
        return _d.date(*_ints(fields, 3)).strftime(fmt)
    if kind == "time":
        h, m, s, us = _ints(fields, 4)
        return _d.time(h, m, s, us, tzinfo=_zone(offset_us, tzname)).strftime(fmt)
    return _d.datetime(*_ints(fields, 7), tzinfo=_zone(offset_us, tzname)).strftime(fmt)


def d_isoformat(kind, fields, sep="T", timespec="auto", offset_us=None):
    (sep, timespec), _ = plain_args((sep, timespec), None)
    tz = _zone(offset_us, None)
    if kind == "time":
        h, m, s, us = _ints(fields, 4)
        return _d.time(h, m, s, us, tzinfo=tz).isoformat(timespec)
    return _d.datetime(*_ints(fields, 7), tzinfo=tz).isoformat(sep, timespec)


def d_ctime(fields):
    return _d.datetime(*_ints(fields, 7)).ctime()


def d_fromisoformat(kind, s):
    """(fields, offset in microseconds or None) of CPython's fromisoformat."""
    if type(s) is not str:
        raise TypeError("fromisoformat: argument must be str")
    if len(s) > 4096:
        raise ValueError(f"Invalid isoformat string: {s[:64]!r}...")
    if kind == "date":
        v = _d.date.fromisoformat(s)
        return (v.year, v.month, v.day), None
    if kind == "time":
        v = _d.time.fromisoformat(s)
        return (v.hour, v.minute, v.second, v.microsecond), _offset_us(v.tzinfo)[0]
    v = _d.datetime.fromisoformat(s)
    return _dt_fields(v), _offset_us(v.tzinfo, v)[0]


def _check_strptime(string, fmt):
    """CPython's strptime turns the format into a regular expression (compiled in one uninterruptible
    call, and cached): a format of thousands of directives is refused when it cannot compile in time."""
    if len(string) + len(fmt) > 4096:
        limits.charge_work((len(string) + len(fmt)) * 64)
    if len(fmt) > 256:
        limits.charge_bytes(len(fmt) * 64)
        limits.check_native_time(len(fmt) * 2e-5, "strptime() with a format this long")


def d_strptime(string, fmt):
    """(fields, offset in microseconds or None, zone name or None) of datetime.strptime."""
    for i, v in enumerate((string, fmt)):
        if type(v) is not str:
            raise TypeError(f"strptime() argument {i + 1} must be str, not {type_name(v)}")
    _check_strptime(string, fmt)
    v = _d.datetime.strptime(string, fmt)
    offset, name = _offset_us(v.tzinfo, v)
    if offset is not None and repr(v.tzinfo) == repr(_d.timezone(v.utcoffset())):
        name = None  # %z alone: an unnamed timezone
    return _dt_fields(v), offset, name


# ---------------------------------------------------------------- timestamps


def d_fromtimestamp(t):
    """The UTC fields of a POSIX timestamp, rounded as CPython rounds them."""
    (t,), _ = plain_args((t,), None)
    if type(t) not in (int, float, bool):
        raise TypeError(f"'{type_name(t)}' object cannot be interpreted as an integer")
    v = _d.datetime.fromtimestamp(t, _d.timezone.utc)
    return _dt_fields(v)


def d_now():
    """The run's clock (see _time.py), as UTC fields."""
    from . import _time

    return d_fromtimestamp(_time.now())


FUNCTIONS = {
    "check_date": d_check_date, "check_time": d_check_time, "toordinal": d_toordinal,
    "fromordinal": d_fromordinal, "isocalendar": d_isocalendar, "fromisocalendar": d_fromisocalendar,
    "timedelta": d_timedelta, "td_op": d_td_op, "td_str": d_td_str, "strftime": d_strftime,
    "isoformat": d_isoformat, "ctime": d_ctime, "fromisoformat": d_fromisoformat, "strptime": d_strptime,
    "fromtimestamp": d_fromtimestamp, "now": d_now,
}


def make_module():
    return make_native_module("_datetime", FUNCTIONS)
