# datetime for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# The classes are guest classes (so they can be subclassed, and snapshots save them like any instance);
# their fields are plain ints. What CPython rounds, validates or formats in its own particular way
# (timedelta from floats, the calendar, ISO weeks, strftime, strptime, fromisoformat, isoformat,
# timestamps) is computed by the native `_datetime` module from those ints (see
# runtime/stdlib/native/_datetime.py), so results and error messages are CPython 3.11's. The clock is the
# run's (runtime/stdlib/native/_time.py): local time is UTC in the sandbox.

import _datetime as _dt

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_US_PER_DAY = 86400000000
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ymd2ord(year, month, day):
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _check_date(year, month, day):
    if type(year) is int and type(month) is int and type(day) is int and MINYEAR <= year <= MAXYEAR \
            and 1 <= month <= 12 and 1 <= day <= 28:
        return year, month, day
    return _dt.check_date(year, month, day)


def _check_time(hour, minute, second, microsecond, fold):
    if type(hour) is int and type(minute) is int and type(second) is int and type(microsecond) is int \
            and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999 \
            and (fold == 0 or fold == 1) and type(fold) is int:
        return hour, minute, second, microsecond, fold
    return _dt.check_time(hour, minute, second, microsecond, fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
                        + type(tz).__name__ + "'")


def _type_label(x):
    """The type name CPython's C datetime puts in messages: `datetime.date` for its own classes."""
    t = type(x)
    if t in _BASES:
        return "datetime." + t.__name__
    return t.__name__


def _repr_prefix(obj):
    t = type(obj)
    if t in _BASES:
        return "datetime." + t.__name__
    return t.__name__


def _compare_error(op, a, b):
    return TypeError("'" + op + "' not supported between instances of '" + _type_label(a) + "' and '"
                     + _type_label(b) + "'")


def _guest_instance(x):
    # another class may still answer a reflected operation: only plain builtin values are refused at once
    return not isinstance(x, (int, float, str, bytes, list, tuple, dict, set, frozenset, type(None), bool))


def _check_offset(offset, what):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo." + what + "() must return None or timedelta, not '" + type(offset).__name__ + "'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not " + repr(offset) + ".")
    return offset


def _offset_us(offset):
    if offset is None:
        return None
    return offset._to_us()


# ---------------------------------------------------------------- timedelta


def _td_from_us(us):
    days, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=" + str(days) + "; must have magnitude <= 999999999")
    seconds, micro = divmod(rest, 1000000)
    td = object.__new__(timedelta)
    td._days = days
    td._seconds = seconds
    td._microseconds = micro
    return td


def _td_from_fields(fields):
    td = object.__new__(timedelta)
    td._days, td._seconds, td._microseconds = fields
    return td


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int \
                and type(minutes) is int and type(hours) is int and type(weeks) is int:
            us = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
            us = us * 1000000 + milliseconds * 1000 + microseconds
            d, rest = divmod(us, _US_PER_DAY)
            if not -999999999 <= d <= 999999999:
                raise OverflowError("days=" + str(d) + "; must have magnitude <= 999999999")
            s, micro = divmod(rest, 1000000)
        else:
            d, s, micro = _dt.timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        self._days = d
        self._seconds = s
        self._microseconds = micro

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def _fields(self):
        return (self._days, self._seconds, self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=" + str(self._days))
        if self._seconds:
            args.append("seconds=" + str(self._seconds))
        if self._microseconds:
            args.append("microseconds=" + str(self._microseconds))
        if not args:
            args.append("0")
        return _repr_prefix(self) + "(" + ", ".join(args) + ")"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            return _td_from_fields(_dt.td_op("mul", self._fields(), other, False))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return _td_from_fields(_dt.td_op("truediv", self._fields(), other, False))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error("<", self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error("<=", self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(">", self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(">=", self, other)

    def __hash__(self):
        return hash(self._fields())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.min = _td_from_fields((-999999999, 0, 0))
timedelta.max = _td_from_fields((999999999, 86399, 999999))
timedelta.resolution = _td_from_fields((0, 0, 1))


# ---------------------------------------------------------------- tzinfo and timezone


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt = dt + delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


_UTC_NAME = object()


class timezone(tzinfo):
    def __new__(cls, offset, name=_UTC_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is _UTC_NAME:
            name = None
            if not offset and _UTC_SINGLETON:
                return _UTC_SINGLETON[0]
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not " + repr(offset) + ".")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not "
                        + type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not " + type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return _name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not " + type(dt).__name__)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None, not "
                            + type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return "datetime.timezone.utc"
        if self._name is None:
            return _repr_prefix(self) + "(" + repr(self._offset) + ")"
        return _repr_prefix(self) + "(" + repr(self._offset) + ", " + repr(self._name) + ")"

    def __str__(self):
        return self.tzname(None)


def _name_from_offset(delta):
    if not delta:
        return "UTC"
    if delta < timedelta(0):
        sign = "-"
        delta = -delta
    else:
        sign = "+"
    hours, rest = divmod(delta._to_us(), 3600000000)
    minutes, rest = divmod(rest, 60000000)
    seconds, microseconds = divmod(rest, 1000000)
    if microseconds:
        return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds, microseconds)
    if seconds:
        return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
    return "UTC%s%02d:%02d" % (sign, hours, minutes)


_UTC_SINGLETON = []
_UTC_SINGLETON.append(timezone(timedelta(0)))
timezone.utc = _UTC_SINGLETON[0]
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _make_timezone(offset_us, name):
    if offset_us is None:
        return None
    if name is None:
        return timezone(_td_from_us(offset_us))
    return timezone(_td_from_us(offset_us), name)


# ---------------------------------------------------------------- date


class IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self._values = (year, week, weekday)
        self.year = year
        self.week = week
        self.weekday = weekday

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=" + str(self.year) + ", week=" + str(self.week)
                + ", weekday=" + str(self.weekday) + ")")

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __hash__(self):
        return hash(self._values)


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    year, month, day = _dt.fromordinal(n)
    if cls is date:
        d = object.__new__(date)
        d._year = year
        d._month = month
        d._day = day
        return d
    return cls(year, month, day)


class date:
    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _dt.fromtimestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        y, m, d, hh, mm, ss, us = _dt.now()
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _dt.fromordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        fields, offset = _dt.fromisoformat("date", date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_dt.fromisocalendar(year, week, day))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_dt.isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_prefix(self), self._year, self._month, self._day)

    def ctime(self):
        return _dt.ctime((self._year, self._month, self._day, 0, 0, 0, 0))

    def strftime(self, format):
        return _dt.strftime("date", (self._year, self._month, self._day), format)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        import time as _time_module
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time_module.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare " + _type_label(other) + " to " + _type_label(self))
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(op, self, other)

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return self._order(other, "<")

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return self._order(other, "<=")

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return self._order(other, ">")

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return self._order(other, ">=")

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- time


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        fields, offset = _dt.fromisoformat("time", time_string)
        return cls(*fields, tzinfo=_make_timezone(offset, None))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(None), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '" + type(name).__name__ + "'")
        return name

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, timespec="auto"):
        return _dt.isoformat("time", self._fields(), "T", timespec, _offset_us(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _dt.strftime("time", self._fields(), format, _offset_us(self.utcoffset()), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s = s + ", tzinfo=" + repr(self._tzinfo)
        if self._fold:
            s = s + ", fold=1"
        return _repr_prefix(self) + "(" + s + ")"

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _key(self, other, op):
        """(self's key, other's key) for a comparison, or None when CPython says they are unequal."""
        if self._tzinfo is other._tzinfo:
            return self._fields(), other._fields()
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if op == "==" or op == "!=":
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        if a is None:
            return self._fields(), other._fields()
        ka = self._hour * 3600000000 + self._minute * 60000000 + self._second * 1000000 + self._microsecond
        kb = other._hour * 3600000000 + other._minute * 60000000 + other._second * 1000000 + other._microsecond
        return ka - a._to_us(), kb - b._to_us()

    def __eq__(self, other):
        if isinstance(other, time):
            k = self._key(other, "==")
            return k is not None and k[0] == k[1]
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            k = self._key(other, "!=")
            return k is None or k[0] != k[1]
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            k = self._key(other, "<")
            return k[0] < k[1]
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error("<", self, other)

    def __le__(self, other):
        if isinstance(other, time):
            k = self._key(other, "<=")
            return k[0] <= k[1]
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error("<=", self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            k = self._key(other, ">")
            return k[0] > k[1]
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(">", self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            k = self._key(other, ">=")
            return k[0] >= k[1]
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(">=", self, other)

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash(self._fields())
        return hash(self._hour * 3600000000 + self._minute * 60000000 + self._second * 1000000
                    + self._microsecond - offset._to_us())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime


def _datetime_from_us(cls, us, tz, fold=0):
    """The datetime `us` microseconds after 0001-01-01 00:00 minus one day (ordinal 0), in zone tz."""
    days, rest = divmod(us, _US_PER_DAY)
    if not 1 <= days <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    year, month, day = _dt.fromordinal(days)
    seconds, micro = divmod(rest, 1000000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    if cls is datetime:
        dt = object.__new__(datetime)
        dt._year, dt._month, dt._day = year, month, day
        dt._hour, dt._minute, dt._second, dt._microsecond = hour, minute, second, micro
        dt._tzinfo = tz
        dt._fold = fold
        return dt
    return cls(year, month, day, hour, minute, second, micro, tz)


def _datetime_from_fields(cls, fields, tz):
    year, month, day, hour, minute, second, micro = fields
    return cls(year, month, day, hour, minute, second, micro, tz)


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -------------------------------------------------------- constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        fields = _dt.fromtimestamp(t)
        if tz is None:
            return _datetime_from_fields(cls, fields, None)
        return tz.fromutc(_datetime_from_fields(cls, fields, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return _datetime_from_fields(cls, _dt.fromtimestamp(t), None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        fields = _dt.now()
        if tz is None:
            return _datetime_from_fields(cls, fields, None)
        return tz.fromutc(_datetime_from_fields(cls, fields, tz))

    @classmethod
    def utcnow(cls):
        return _datetime_from_fields(cls, _dt.now(), None)

    @classmethod
    def today(cls):
        return _datetime_from_fields(cls, _dt.now(), None)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _dt.fromordinal(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _DATE_CLASS):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _TIME_CLASS):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        fields, offset = _dt.fromisoformat("datetime", date_string)
        return _datetime_from_fields(cls, fields, _make_timezone(offset, None))

    @classmethod
    def strptime(cls, date_string, format):
        fields, offset, name = _dt.strptime(date_string, format)
        return _datetime_from_fields(cls, fields, _make_timezone(offset, name))

    # -------------------------------------------------------- parts

    def date(self):
        return _DATE_CLASS(self._year, self._month, self._day)

    def time(self):
        return _TIME_CLASS(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _TIME_CLASS(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                           fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(self), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(self), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '" + type(name).__name__ + "'")
        return name

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _local_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 24 + self._hour) * 60 + self._minute) \
            * 60000000 + self._second * 1000000 + self._microsecond

    def timestamp(self):
        offset = self.utcoffset()
        us = self._local_us() - _EPOCH_US
        if offset is not None:
            us = us - offset._to_us()
        return us / 10 ** 6

    def timetuple(self):
        import time as _time_module
        dst = self.dst()
        if dst is None:
            isdst = -1
        elif dst:
            isdst = 1
        else:
            isdst = 0
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time_module.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                         self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        import time as _time_module
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = self - offset
        yday = dt.toordinal() - _ymd2ord(dt.year, 1, 1) + 1
        return _time_module.struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                                         dt.weekday(), yday, 0))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), "UTC")  # the sandbox's local time zone
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not " + type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)  # naive: local time, which is UTC here
        else:
            offset = self.utcoffset()
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = _datetime_from_us(datetime, self._local_us() - offset._to_us(), tz)
        return tz.fromutc(utc)

    # -------------------------------------------------------- text

    def isoformat(self, sep="T", timespec="auto"):
        return _dt.isoformat("datetime", self._fields(), sep, timespec, _offset_us(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        values = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if values[6] == 0:
            values.pop()
            if values[5] == 0:
                values.pop()
        s = _repr_prefix(self) + "(" + ", ".join([str(v) for v in values])
        if self._fold:
            s = s + ", fold=1"
        if self._tzinfo is not None:
            s = s + ", tzinfo=" + repr(self._tzinfo)
        return s + ")"

    def ctime(self):
        return _dt.ctime(self._fields())

    def strftime(self, format):
        return _dt.strftime("datetime", self._fields(), format, _offset_us(self.utcoffset()), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    # -------------------------------------------------------- arithmetic and comparisons

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._local_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._local_us() - other._to_us(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._local_us(), other._local_us()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a = a - oa._to_us()
                b = b - ob._to_us()
        return _td_from_us(a - b)

    def _keys(self, other, op):
        if self._tzinfo is other._tzinfo:
            return self._local_us(), other._local_us()
        oa, ob = self.utcoffset(), other.utcoffset()
        if (oa is None) != (ob is None):
            if op == "==" or op == "!=":
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if oa is None:
            return self._local_us(), other._local_us()
        return self._local_us() - oa._to_us(), other._local_us() - ob._to_us()

    def _other_order(self, other, op):
        if isinstance(other, date):
            raise TypeError("can't compare " + _type_label(self) + " to " + _type_label(other))
        if _guest_instance(other):
            return NotImplemented
        raise _compare_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, "==")
            return k is not None and k[0] == k[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, "!=")
            return k is None or k[0] != k[1]
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, "<")
            return k[0] < k[1]
        return self._other_order(other, "<")

    def __le__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, "<=")
            return k[0] <= k[1]
        return self._other_order(other, "<=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, ">")
            return k[0] > k[1]
        return self._other_order(other, ">")

    def __ge__(self, other):
        if isinstance(other, datetime):
            k = self._keys(other, ">=")
            return k[0] >= k[1]
        return self._other_order(other, ">=")

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash(self._local_us())
        return hash(self._local_us() - offset._to_us())


_DATE_CLASS = date
_TIME_CLASS = time
_BASES = (date, datetime, time, timedelta, timezone)
_EPOCH_US = _ymd2ord(1970, 1, 1) * _US_PER_DAY
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
