"""datetime.now()/today()/utcnow() and date.today() read the run's clock: check properties, not values."""

from datetime import date, datetime, timedelta, timezone
import time

now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, utc.tzinfo, type(date.today()).__name__, type(datetime.utcnow()).__name__)
print(now.year >= 2024, abs(datetime.now(timezone.utc).timestamp() - time.time()) < 5)
print(utc.utcoffset(), datetime.now(timezone(timedelta(hours=2))).utcoffset())
later = datetime.now(timezone.utc)
print(later >= utc, (later - utc) < timedelta(seconds=5), isinstance(later - utc, timedelta))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400.5, timezone(timedelta(hours=-3))))
