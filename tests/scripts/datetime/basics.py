# datetime through the time module: timetuple, ctime, strftime/format, fromtimestamp/utcfromtimestamp, timestamp, strptime
from datetime import date, time, datetime, timedelta, timezone
import datetime as d
dt = date(2024, 2, 28)
print(dt.timetuple()[:], dt.ctime(), format(dt, '%d/%m/%Y'), dt.strftime('%A %j %U'), format(dt))
x = datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %b %j %%'), x.timetuple()[:8], x.utctimetuple()[:8])
y = datetime(2021, 12, 31, 23, 59, 59)
print(y.timetuple()[:8], f'{y:%H:%M}', time(13, 5, 9, 120).strftime('%H|%M|%S|%f'), format(time(1, 2), '%H.%M'))
east = timezone(timedelta(hours=2))
z = datetime(2021, 6, 1, 12, tzinfo=east)
print(z.timestamp(), datetime.fromtimestamp(1e9, timezone.utc), datetime.fromtimestamp(0, east))
print(datetime.utcfromtimestamp(1234567890.5), datetime.utcfromtimestamp(-1.25), datetime.fromtimestamp(86400.000001, timezone.utc))
print(datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('31/12/99', '%d/%m/%y'))
class Fixed(d.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'EST'
w = datetime(2022, 1, 1, 12, tzinfo=Fixed())
print(w.strftime('%z %Z'), w.timetuple().tm_isdst, w.astimezone(timezone.utc))
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(datetime.now().timestamp() - now.timestamp()) < 60, date.today() == now.date() or True)
print(datetime.now(timezone.utc).tzinfo, (datetime.fromtimestamp(1700000000.25).timestamp()))
