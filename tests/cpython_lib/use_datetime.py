# CPython's datetime module, its pure-Python source unmodified, on hotpy: date, time, datetime, timedelta, timezone arithmetic and formatting
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import datetime
assert datetime.__file__.startswith("/usr/lib/python3.11/"), datetime.__file__
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28) + timedelta(days=2)
print(d, repr(d), d.weekday(), tuple(d.isocalendar()), d.strftime('%A %d %B %Y'), date.fromisoformat('2020-01-31'))
dt = datetime(2024, 3, 10, 14, 30, 5, 123, tzinfo=timezone.utc)
print(dt, repr(dt), dt.isoformat(), dt.astimezone(timezone(timedelta(hours=-5))), dt.timestamp())
print(timedelta(days=1, seconds=3661), timedelta(hours=-1), repr(timedelta(minutes=90)), timedelta(days=3) / 2)
print(datetime.fromisoformat('2021-05-01T10:20:30+02:00'), datetime(2020, 1, 1) - datetime(2019, 1, 1), time(9, 5).strftime('%H:%M'))
print(datetime.strptime('2023-07-04 12:00', '%Y-%m-%d %H:%M'), datetime.fromtimestamp(0, timezone.utc))
