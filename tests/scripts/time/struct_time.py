# time.struct_time, gmtime/localtime/mktime/asctime/ctime/strftime/strptime with TZ=UTC, and their errors
import os, time

os.environ['TZ'] = 'UTC'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t.tm_gmtoff, len(t), t[:3], tuple(t)[-1])
print(time.gmtime(0), time.gmtime(-86400.5)[:6], time.gmtime(1.99)[5])
print(time.localtime(1700000000) == t, time.localtime(1700000000).tm_zone)
print(time.mktime(t), time.mktime(time.localtime(1234567890)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.asctime(t), time.asctime((2024, 2, 29, 1, 2, 3, 3, 60, 0)), time.ctime(0), time.ctime(1e9))
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %d %j %U %w %y %p %I', '%c', '%x %X', '%%', '', '%Z %z', 'plain', 'caf\xe9 %Y']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime('%Y %m %d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (1, 2), 5, (2024, 1, 1, 0, 0, 0.5, 0, 1, 0)]:
    try:
        print(time.strftime('%Y', bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [(1, 2), 'x']:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(e)
st = time.struct_time((2024, 3, 5, 10, 20, 30, 1, 65, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time((2024, 3, 5, 10, 20, 30, 1, 65, 0, 'XYZ', 3600))
print(st.tm_zone, st.tm_gmtoff, st == (2024, 3, 5, 10, 20, 30, 1, 65, 0))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for s, f in [('2024-03-05', '%Y-%m-%d'), ('10:20', '%H:%M'), ('Mar 5 2024 1:02:03 PM', '%b %d %Y %I:%M:%S %p'),
             ('Tue Mar  5 10:20:30 2024', '%a %b %d %H:%M:%S %Y'), ('99 12 31', '%y %m %d'), ('2024 60', '%Y %j'),
             ]:
    r = time.strptime(s, f)
    print(r, r.tm_zone)
print(time.strptime('Tue Mar  5 10:20:30 2024'))
for s, f in [('x', '%Y'), ('2024x', '%Y'), ('2024-13-01', '%Y-%m-%d')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(e)
try:
    time.strptime(5, '%Y')
except TypeError as e:
    print(e)
for bad in ['x', float('nan')]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
