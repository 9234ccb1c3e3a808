"""datetime: date, time, datetime, timedelta and timezone: arithmetic, comparisons, reprs, formatting, parsing, fixed zones and a tzinfo subclass, errors."""

from datetime import date, datetime, time, timedelta, timezone, tzinfo
import datetime as dtm
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.toordinal(), date.fromordinal(738944), d.replace(day=1), d.strftime("%A %d %B %Y %j"), f"{d:%Y/%m/%d}", format(d, ""))
print(d.isocalendar().week, tuple(d.isocalendar()), d.timetuple())
dt = datetime(2024, 1, 2, 3, 4)
print(dt, repr(dt), repr(datetime(2024, 1, 2, 3, 4, 5, 6)), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(dt + timedelta(hours=30, minutes=5), dt - timedelta(days=400), dt - datetime(2023, 12, 25, 12))
print(dt.date(), dt.time(), repr(dt.time()), dt.replace(tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1700000000, timezone.utc), datetime.utcfromtimestamp(0))
print(datetime.fromisoformat("2024-03-04T05:06:07.123456+05:30"), repr(datetime.fromisoformat("2024-03-04T05:06:07+00:00")))
print(datetime.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), repr(datetime.strptime("02/01/24 +0530", "%d/%m/%y %z")))
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(aware, repr(aware), aware.astimezone(ist), repr(aware.astimezone(ist)), aware.timestamp(), aware.tzname(), aware.utcoffset())
print(aware == aware.astimezone(ist), aware < datetime(2024, 1, 1, 18, tzinfo=ist), aware.astimezone(ist) - aware)
print(repr(timezone(timedelta(hours=-5))), str(timezone(timedelta(hours=-5, minutes=-30))), repr(timezone.utc), repr(dtm.UTC), repr(timezone.min))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td * 1.5, td / 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=5))
print(divmod(td, timedelta(hours=7)), repr(timedelta(0)), repr(timedelta(-1)), str(timedelta(-1, 5, 6)), timedelta(0.5, 0.5, 0.5), repr(timedelta(days=1.1e-7)))
print(timedelta.max, timedelta.min, repr(timedelta.resolution), date.max, date.min, datetime.max, repr(datetime.min), time.max)
print(repr(time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=1)))), time(1, 2, 3).isoformat(), time(12, 30).strftime("%I:%M %p"), time.fromisoformat("10:11:12.5"))
print(repr(datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc, fold=1)), datetime.combine(date(2024, 1, 1), time(5, 6)))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print({date(2024, 1, 1): 1}[date(2024, 1, 1)], hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta(0)), bool(time(0)))
print(date.fromisocalendar(2024, 10, 3), date.fromisoformat("2024-05-06"), dt.ctime(), d.ctime(), dt.weekday())
print(datetime(2024, 3, 1, 12, tzinfo=timezone(timedelta(hours=1))).utctimetuple())
class D(date):
    pass
print(repr(D(2024, 1, 2)), type(D(2024, 1, 2) + timedelta(1)).__name__, isinstance(dt, date), issubclass(datetime, date))
class CET(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "CET"
c = datetime(2024, 6, 1, 10, tzinfo=CET())
print(c, c.tzname(), c.strftime("%H:%M %Z %z"), c.astimezone(timezone.utc), aware.astimezone(CET()))
errs = [lambda: timezone(timedelta(hours=24)), lambda: timezone(1), lambda: timezone(timedelta(hours=1), 1),
        lambda: date(2024, 2, 30), lambda: date(2024.0, 1, 1), lambda: date(0, 1, 1), lambda: date(2024, 13, 1),
        lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 1, 10 ** 6), lambda: time(fold=2),
        lambda: datetime(2024, 1, 1, tzinfo=1), lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
        lambda: datetime.max + timedelta(1), lambda: timedelta(days=10 ** 9), lambda: timedelta(1) / timedelta(0),
        lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
        lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
        lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc),
        lambda: date(2024, 1, 1) == datetime(2024, 1, 1), lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
        lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: date(2024, 1, 1) < 1,
        lambda: timedelta(1) < 1, lambda: datetime(2024, 1, 1).isoformat(timespec="x"),
        lambda: date.fromisoformat("x"), lambda: datetime.fromisoformat(5), lambda: datetime.strptime("x", "%Y"),
        lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: datetime.fromtimestamp(1e20),
        lambda: date.fromordinal(0), lambda: datetime(2024, 1, 1).replace(month=13),
        lambda: timezone.utc.fromutc(datetime(2024, 1, 1)), lambda: tzinfo().utcoffset(None),
        lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset(), lambda: date.fromisocalendar(2024, 54, 1),
        lambda: timedelta(1) * 1.5, lambda: datetime(2024, 1, 1) + timedelta(days=1.5), lambda: timedelta(weeks=1.5, hours=-0.25)]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
