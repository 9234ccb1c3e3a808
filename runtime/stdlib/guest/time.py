# time for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# The clock, sleeping and the calendar conversions are native (runtime/stdlib/native/_time.py, which
# documents the clock policy: real time by default, sleeping capped and counted against the time limit,
# local time is UTC). struct_time is a class here that behaves like CPython's (a 9-tuple with tm_* names).

import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time,
                   process_time_ns, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone=None, gmtoff=None):
        values = tuple(seq)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (" + str(len(values))
                            + "-sequence given)")
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (" + str(len(values))
                            + "-sequence given)")
        self._values = values[:9]
        self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min, self.tm_sec, self.tm_wday, \
            self.tm_yday, self.tm_isdst = self._values
        self.tm_zone = values[9] if len(values) > 9 else zone
        self.tm_gmtoff = values[10] if len(values) > 10 else gmtoff

    def __repr__(self):
        parts = [name + "=" + repr(value) for name, value in zip(_FIELDS, self._values)]
        return "time.struct_time(" + ", ".join(parts) + ")"

    def __len__(self):
        return 9

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + _as_tuple(other)

    def count(self, value):
        return self._values.count(value)

    def index(self, value, *args):
        return self._values.index(value, *args)


def _as_tuple(t):
    if isinstance(t, struct_time):
        return t._values
    return t


def _time_tuple(t, fname):
    """The 9 ints of a struct_time or a 9-tuple, with CPython's errors for anything else."""
    if isinstance(t, struct_time):
        return t._values
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(fname + "(): illegal time tuple argument")
    for x in t:
        if not isinstance(x, int):
            raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    return t


def _zone(t):
    if isinstance(t, struct_time) and t.tm_zone is not None:
        return t.tm_zone, t.tm_gmtoff or 0
    return "UTC", 0


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def mktime(t):
    return _time.mktime(_time_tuple(t, "mktime"))


def asctime(t=None):
    if t is None:
        t = localtime()
    return _time.asctime(_time_tuple(t, "asctime"))


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    zone, offset = _zone(t)
    return _time.strftime(format, _time_tuple(t, "strftime"), zone, offset)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    return struct_time(_time.strptime(string, format))
