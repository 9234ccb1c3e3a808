"""`_time`: the clock and the calendar conversions behind the guest `time` module (guest/time.py) and
`datetime.now()`.

The clock is host policy. A run reads it through `clock()`: the VM's `clock` attribute when the host set
one (any object with `time()`, `monotonic()`, `perf_counter()` and `sleep(seconds) -> virtual seconds`,
e.g. `FrozenClock`), else a `RealClock` made for the run:

- time() is the host's wall clock; monotonic() and perf_counter() are the host's, shifted to a
  per-process origin (they do not disclose the host's uptime);
- sleep() really sleeps for at most `SLEEP_REAL_CAP` seconds in total per run; beyond that it returns at
  once and the run's clocks jump forward by the time it skipped, so a program sees the time it asked for
  pass. Every second slept, real or skipped, counts against `max_duration_secs`: a sleep longer than the
  time left fails at once with the time limit's TimeoutError.

Local time is UTC in the sandbox (`localtime()` is `gmtime()` with the zone "UTC"): the host's time zone
is not disclosed. The clock state is per VM and is not part of snapshots (a restored run reads the clock
of the process it runs in).
"""

from __future__ import annotations

import calendar
import math
import time as _t

from ... import limits
from ...limits import LimitExceeded
from ...values import type_name
from .. import make_native_module

SLEEP_REAL_CAP = 1.0  # seconds of real sleeping per run; longer sleeps are skipped (see the docstring)
_ORIGIN = _t.monotonic() - 1000.0
_PERF_ORIGIN = _t.perf_counter() - 1000.0


class RealClock:
    def __init__(self):
        self.skipped = 0.0  # seconds of sleep skipped so far: added to every reading
        self.slept = 0.0  # seconds really slept so far

    def time(self) -> float:
        return _t.time() + self.skipped

    def monotonic(self) -> float:
        return _t.monotonic() - _ORIGIN + self.skipped

    def perf_counter(self) -> float:
        return _t.perf_counter() - _PERF_ORIGIN + self.skipped

    def sleep(self, seconds: float) -> float:
        real = min(seconds, max(0.0, SLEEP_REAL_CAP - self.slept))
        if real > 0:
            _t.sleep(real)
            self.slept += real
        virtual = seconds - real
        self.skipped += virtual
        return virtual


class FrozenClock:
    """A clock that stands still at `epoch` (seconds since 1970) and moves only when the guest sleeps.
    A host sets it with `vm.clock = FrozenClock(...)` for reproducible runs."""

    def __init__(self, epoch: float = 1_700_000_000.0):
        self.now = float(epoch)
        self.start = self.now

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now - self.start + 1000.0

    perf_counter = monotonic

    def sleep(self, seconds: float) -> float:
        self.now += seconds
        return seconds


def clock():
    from ...state import current_vm

    vm = current_vm()
    if vm is None:
        return RealClock()
    c = getattr(vm, "clock", None)
    if c is None:
        c = vm.clock = RealClock()
    return c


def now() -> float:
    return clock().time()


def t_time():
    return clock().time()


def t_time_ns():
    return int(clock().time() * 1e9)


def t_monotonic():
    return clock().monotonic()


def t_monotonic_ns():
    return int(clock().monotonic() * 1e9)


def t_perf_counter():
    return clock().perf_counter()


def t_perf_counter_ns():
    return int(clock().perf_counter() * 1e9)


def t_process_time():
    """The run's own execution time (the guest's share of the process, in seconds)."""
    return limits.current().duration()


def t_process_time_ns():
    return int(limits.current().duration() * 1e9)


def _seconds(secs) -> float:
    """time.sleep's argument checks, with CPython's messages."""
    if type(secs) is float:
        if math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
        if abs(secs) > 9.2e9:
            raise OverflowError("timestamp out of range for platform time_t")
        value = secs
    elif type(secs) is int or type(secs) is bool:
        if abs(secs) > 9_223_372_036:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
        value = float(secs)
    else:
        raise TypeError(f"'{type_name(secs)}' object cannot be interpreted as an integer")
    if value < 0:
        raise ValueError("sleep length must be non-negative")
    return value


def t_sleep(*args, **kwargs):
    if kwargs:
        raise TypeError("time.sleep() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"time.sleep() takes exactly one argument ({len(args)} given)")
    seconds = _seconds(args[0])
    tracker = limits.current()
    cap = tracker.limits.max_duration_secs
    if cap is not None:
        left = cap - tracker.duration()
        if seconds > left:
            tracker.elapsed += max(left, 0.0)
            raise LimitExceeded("duration", f"time limit exceeded: sleep({args[0]!r}) would take longer than "
                                            f"the {max(left, 0):.2f}s of {cap}s left")
    virtual = clock().sleep(seconds)
    if virtual > 0:
        tracker.elapsed += virtual
    tracker.tick(0, False)


# ---------------------------------------------------------------- calendar conversions (tuples)


def _fields(st) -> tuple:
    return tuple(st)


def t_gmtime(secs=None):
    """(9 fields, zone, gmtoff) in UTC."""
    if secs is None:
        secs = clock().time()
    return tuple(_t.gmtime(_checked_secs(secs))) + ("GMT", 0)


def t_localtime(secs=None):
    if secs is None:
        secs = clock().time()
    return tuple(_t.gmtime(_checked_secs(secs))) + ("UTC", 0)


def _checked_secs(secs):
    if type(secs) not in (int, float, bool):
        raise TypeError(f"'{type_name(secs)}' object cannot be interpreted as an integer")
    return secs


def _tuple9(t, fname):
    if type(t) is not tuple or len(t) != 9 or any(type(x) not in (int, bool) for x in t):
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return t


def t_mktime(t):
    t = _tuple9(t, "mktime")
    try:
        return float(calendar.timegm(t))
    except (OverflowError, ValueError):
        raise OverflowError("mktime argument out of range") from None


def t_asctime(t):
    return _t.asctime(_tuple9(t, "asctime"))


def _zone_format(fmt: str, zone: str, offset: int) -> str:
    """%Z and %z replaced by the sandbox's zone (UTC unless the time says otherwise): the host's own
    time zone never reaches the result."""
    if "%" not in fmt:
        return fmt
    out, i, n = [], 0, len(fmt)
    sign = "-" if offset < 0 else "+"
    hh, rest = divmod(abs(offset), 3600)
    z = f"{sign}{hh:02d}{rest // 60:02d}"
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            d = fmt[i + 1]
            if d == "Z":
                out.append(zone.replace("%", "%%"))
            elif d == "z":
                out.append(z)
            else:
                out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def t_strftime(fmt, t, zone="UTC", offset=0):
    if type(fmt) is not str:
        raise TypeError(f"strftime() argument 1 must be str, not {type_name(fmt)}")
    t = _tuple9(t, "strftime")
    if len(fmt) > 64:  # C strftime pads to any width (`%1000Y`): up to 256 bytes per format character
        limits.charge_bytes(len(fmt) * 256)
    return _t.strftime(_zone_format(fmt, str(zone), int(offset)), t)


def t_strptime(string, fmt="%a %b %d %H:%M:%S %Y"):
    for name, v in (("strptime() argument 0", string), ("strptime() argument 1", fmt)):
        if type(v) is not str:
            raise TypeError(f"{name} must be str, not {type_name(v)}")
    from ._datetime import _check_strptime

    _check_strptime(string, fmt)
    st = _t.strptime(string, fmt)
    return tuple(st) + (st.tm_zone, st.tm_gmtoff)


def _no_arguments(name, fn):
    def call(*args, **kwargs):
        if kwargs:
            raise TypeError(f"time.{name}() takes no keyword arguments")
        if args:
            raise TypeError(f"time.{name}() takes no arguments ({len(args)} given)")
        return fn()
    return call


for _fn in (t_time, t_time_ns, t_monotonic, t_monotonic_ns, t_perf_counter, t_perf_counter_ns, t_process_time,
            t_process_time_ns):
    globals()[_fn.__name__] = _no_arguments(_fn.__name__[2:], _fn)

FUNCTIONS = {
    "time": t_time, "time_ns": t_time_ns, "monotonic": t_monotonic, "monotonic_ns": t_monotonic_ns,
    "perf_counter": t_perf_counter, "perf_counter_ns": t_perf_counter_ns, "process_time": t_process_time,
    "process_time_ns": t_process_time_ns, "sleep": t_sleep, "gmtime": t_gmtime, "localtime": t_localtime,
    "mktime": t_mktime, "asctime": t_asctime, "strftime": t_strftime, "strptime": t_strptime,
}


def make_module():
    return make_native_module("_time", FUNCTIONS)
