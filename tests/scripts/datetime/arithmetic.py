# datetime without the time module: construction errors, arithmetic, comparisons, reprs, ISO formats, isocalendar
import datetime as d
from datetime import date, time, datetime, timedelta, timezone
td = timedelta(days=-1, seconds=5, microseconds=3)
print(repr(td), str(td), repr(timedelta()), str(timedelta(days=2)), str(timedelta(days=1, hours=3)))
print(repr(timedelta(hours=1.5, milliseconds=2.5)), timedelta(weeks=1, minutes=-1).total_seconds())
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
a, b = timedelta(hours=5), timedelta(minutes=7)
print(a + b, a - b, -a, abs(-a), a * 2, 2.5 * b, a / b, a // b, a % b, divmod(a, b), a / 3, a // 7, b * 0.1)
print(a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(seconds=18000)), bool(timedelta()))
for args in [(0, 1, 1), (1, 13, 1), (1, 2, 30), (2023, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
dt = date(2024, 2, 28)
print(repr(dt), dt, dt + timedelta(days=2), dt - date(2023, 12, 25), dt - timedelta(days=60))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), repr(dt.isocalendar()), dt.toordinal(), date.fromordinal(738944))
for y in (2004, 2005, 2008, 2010, 2015, 2020, 2021):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date.fromisocalendar(y, 1, 1))
t = time(13, 5, 9, 120)
print(repr(t), t, t.isoformat('minutes'), t.isoformat('milliseconds'), repr(time()), repr(time(1, 2, fold=1)))
for spec in ('hours', 'seconds', 'microseconds', 'auto'):
    print(spec, time(1, 2, 3).isoformat(spec))
try:
    t.isoformat('bad')
except ValueError as e:
    print('ValueError', e)
x = datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
print(repr(x), x, x.isoformat(), x.isoformat(' ', 'seconds'), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 0, 0, 7)))
print(repr(timezone.utc), repr(timezone(timedelta(hours=1))), timezone(timedelta(hours=-1, minutes=-30)), repr(timezone(timedelta(hours=1), 'X')))
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), 'Z'), d.UTC is timezone.utc)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError', e)
y = datetime(2021, 12, 31, 23, 59, 59)
print(y + timedelta(seconds=1), y - datetime(2021, 1, 1), y.date(), y.time(), repr(y.timetz()), y.replace(year=2000))
east = timezone(timedelta(hours=2))
z = datetime(2021, 6, 1, 12, tzinfo=east)
print(z.astimezone(timezone.utc), z.utcoffset(), z.tzname(), z.dst(), z - datetime(2021, 6, 1, 10, tzinfo=timezone.utc))
for bad in [lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) < z,
            lambda: datetime(2020, 1, 1) - z]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(datetime(2020, 1, 1) == z, date(2020, 1, 1) == datetime(2020, 1, 1))
for s in ['2020-01-02', '20200102', '2020-W01-3', '2020W013']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2020-01-02T03:04:05', '2020-01-02 03:04', '2020-01-02T03:04:05.123456+02:00', '2020-01-02T03:04:05Z',
          '2020-01-02T03:04:05.123-01:30', '2020-01-02', '20200102T030405']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['03:04', '03:04:05.5', '03:04:05+01:00', 'T030405']:
    print(s, repr(time.fromisoformat(s)))
for s in ['x', '2020-13-01', '2020-01-02T25:00']:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), len({date(2020, 1, 1), date(2020, 1, 1)}))
class Fixed(d.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'EST'
w = datetime(2022, 1, 1, 12, tzinfo=Fixed())
