"""Dates, times, durations and fixed-offset time zones (proleptic Gregorian calendar)."""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

from _datetime_base import (MINYEAR, MAXYEAR, timedelta, _MAX_ORDINAL, _DAYS_IN_MONTH,
                             _DAYS_BEFORE_MONTH, _MONTH_NAMES, _DAY_NAMES, _is_leap,
                             _days_in_month, _ymd_to_ordinal, _ordinal_to_ymd,
                             _iso_week1_monday, _check_int, _check_date_fields,
                             _check_time_fields, _cmp, _format_offset,
                             _format_time, _checked_offset, _divide_even)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _strftime(obj, fmt, timetuple):
    """time.strftime with %f, %z, %Z and %: filled in from obj first."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append((name or '').replace('%', '%%'))
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), timetuple)


def _parse_digits(s, i, count):
    part = s[i:i + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) from 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
    year = _parse_digits(s, 0, 4)
    rest = s[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if rest.startswith('W'):
        week = _parse_digits(rest, 1, 2)
        rest = rest[3:]
        weekday = 1
        if rest:
            if dash:
                if rest[0] != '-':
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            weekday = _parse_digits(rest, 0, 1)
        found = date.fromisocalendar(year, week, weekday)
        return found.year, found.month, found.day
    month = _parse_digits(rest, 0, 2)
    if dash:
        if rest[2:3] != '-':
            raise ValueError
        rest = rest[1:]
    day = _parse_digits(rest, 2, 2)
    if len(rest) != 4:
        raise ValueError
    return year, month, day


def _parse_iso_time(s):
    """[hour, minute, second, microsecond, tzinfo] from an ISO 8601 time with optional offset."""
    tz = None
    for mark in ('Z', '+', '-'):
        pos = s.find(mark)
        if pos > 0:
            s, tail = s[:pos], s[pos + 1:]
            if mark == 'Z':
                if tail:
                    raise ValueError
                tz = timezone.utc
            else:
                h, m, sec, us, _ = _parse_iso_time(tail)
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(-off if mark == '-' else off)
            break
    fields = [0, 0, 0, 0]
    i = 0
    for k in range(3):
        fields[k] = _parse_digits(s, i, 2)
        i += 2
        if i == len(s):
            break
        if s[i] == ':':
            i += 1
        elif s[i] in '.,':
            break
    if i < len(s):
        if s[i] not in '.,' or k != 2:
            raise ValueError
        digits = s[i + 1:]
        if not digits or not digits.isdigit():
            raise ValueError
        fields[3] = int(digits[:6].ljust(6, '0'))
    return fields + [tz]


class date:
    """A calendar date (year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        if not 0 < week < 53:
            if week != 53 or (_ymd_to_ordinal(year, 1, 1) % 7 != 4
                              and not (_ymd_to_ordinal(year, 1, 1) % 7 == 3
                                       and _is_leap(year))):
                raise ValueError(f'Invalid week: {week}')
        if not 0 < day < 8:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        return cls(*_ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1],
                                            _MONTH_NAMES[self._month - 1], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return op(self.toordinal(), other.toordinal())
        return NotImplemented

    def __eq__(self, other):
        return self._date_compare(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._date_compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._date_compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._date_compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._date_compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        if n < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif n >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(n - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    weekday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dst))


class IsoCalendarDate(tuple):
    """(year, week, weekday) of an ISO calendar date, with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_qualified(self), *self)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base for time zone information; subclass and define the three methods."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        dst = dt.dst()
        if offset is None or dst is None:
            raise ValueError('fromutc() requires a non-None utcoffset() and dst() result')
        dt += offset - dst
        dst = dt.dst()
        return dt + dst if dst else dt

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', lambda: ())()
        return self.__class__, args, getattr(self, '__dict__', None) or None


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24)'
                             ' and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % ('utcoffset', type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt)
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day (hour, minute, second, microsecond), optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = fields
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_time(time_string.removeprefix('T'))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def _key(self):
        """(seconds since midnight adjusted by the offset, microsecond), or None if naive."""
        off = self.utcoffset()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            secs -= off // timedelta(seconds=1)
        return secs, self._microsecond, off is not None

    def _time_compare(self, other, op, equality=False):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._plain(), other._plain())
        a, b = self._key(), other._key()
        if a[2] != b[2]:
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(a[:2], b[:2])

    def _plain(self):
        return self._hour, self._minute, self._second, self._microsecond

    def __eq__(self, other):
        return self._time_compare(other, lambda a, b: a == b, True)

    def __lt__(self, other):
        return self._time_compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._time_compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._time_compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._time_compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            key = self._key()
            self._hashcode = hash(key[:2] if key[2] else self._plain())
        return self._hashcode

    def __repr__(self):
        text = '%d, %d' % (self._hour, self._minute)
        if self._second or self._microsecond:
            text += ', %d' % self._second
        if self._microsecond:
            text += ', %d' % self._microsecond
        text = '%s.%s(%s' % (self.__class__.__module__, self.__class__.__qualname__, text)
        return _repr_tail(text, self._tzinfo, self._fold)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                                     0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        return None if self._tzinfo is None else \
            _checked_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else _checked_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return self.__class__, (*self._plain(), self._tzinfo)


def _repr_tail(text, tz, fold):
    if tz is not None:
        text += ', tzinfo=%r' % (tz,)
    if fold:
        text += ', fold=1'
    return text + ')'


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = fields
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_seconds(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t, us = t + 1, us - 1000000
        elif us < 0:
            t, us = t - 1, us + 1000000
        tm = (_time.gmtime if utc else _time.localtime)(t)
        result = cls(*tm[:5], min(tm[5], 59), us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_seconds(t, False, None)
        return tz.fromutc(cls._from_seconds(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_seconds(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            # The date part is as long as its own format says; anything after is the time.
            if len(date_string) > 10 and date_string[4] == '-' and date_string[7] == '-':
                split = 10
            elif len(date_string) >= 8 and date_string[4:5] == 'W' or \
                    date_string[5:6] == 'W':
                split = 8 if date_string[4] == 'W' else 10
                if len(date_string) > split and date_string[split] not in 'T ':
                    split = 7 if date_string[4] == 'W' else 8
            else:
                split = min(len(date_string), 10 if date_string[4:5] == '-' else 8)
            ymd = _parse_iso_date(date_string[:split])
            rest = date_string[split:]
            hms = [0, 0, 0, 0, None]
            if rest:
                hms = _parse_iso_time(rest[1:])
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd, *hms)

    @classmethod
    def strptime(cls, date_string, format):
        tm = _time.strptime(date_string, format)
        us = 0
        if '%f' in format:
            # time.strptime accepts %f but drops it: recover the digits from the input.
            import re
            pattern = re.escape(format).replace('%f', '(\\d{1,6})')
            match = re.search(pattern.replace('\\%', '%'), date_string)
            if match and match.groups():
                us = int(match.group(1).ljust(6, '0'))
        tz = None
        if getattr(tm, 'tm_gmtoff', None) is not None and ('%z' in format):
            tz = timezone(timedelta(seconds=tm.tm_gmtoff))
        return cls(*tm[:6], us, tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else 1 if dst else 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _build_struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0)

    def timestamp(self):
        if self._tzinfo is None:
            secs = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month),
                          pick(day, self._day), pick(hour, self._hour),
                          pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond),
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def _local_timezone(self):
        ts = self.timestamp() if self._tzinfo is None else (self - _EPOCH) // timedelta(0, 1)
        tm = _time.localtime(ts)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        offset = None if mytz is None else mytz.utcoffset(self)
        if offset is None:
            mytz = self.replace(tzinfo=None)._local_timezone()
            offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = '%s.%s(%s' % (self.__class__.__module__, self.__class__.__qualname__,
                             ', '.join(map(str, fields)))
        return _repr_tail(text, self._tzinfo, self._fold)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        return None if self._tzinfo is None else \
            _checked_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else _checked_offset('dst', self._tzinfo.dst(self))

    def _naive_microseconds(self):
        days = self.toordinal()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (days * 86400 + secs) * 1000000 + self._microsecond

    def _utc_microseconds(self):
        """Microseconds since 0001-01-01 in UTC (local for naive), and whether aware."""
        off = self.utcoffset()
        total = self._naive_microseconds()
        return (total if off is None else total - off._to_microseconds()), off is not None

    def _dt_compare(self, other, op, equality=False):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError("can't compare %s to %s" % (
                    _qualified(self), _qualified(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._naive_microseconds(), other._naive_microseconds())
        a, aware_a = self._utc_microseconds()
        b, aware_b = other._utc_microseconds()
        if aware_a != aware_b:
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(a, b)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        return self._dt_compare(other, lambda a, b: a == b, True)

    def __lt__(self, other):
        return self._dt_compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._dt_compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._dt_compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._dt_compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._utc_microseconds()[0])
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._naive_microseconds() + other._to_microseconds()
        days, us = divmod(total, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self).combine(date.fromordinal(days), time(hh, mm, ss, us, self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return timedelta._from_microseconds(self._naive_microseconds()
                                                - other._naive_microseconds())
        a, aware_a = self._utc_microseconds()
        b, aware_b = other._utc_microseconds()
        if aware_a != aware_b:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_microseconds(a - b)

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                self._second, self._microsecond, self._tzinfo)


def _qualified(obj):
    return '%s.%s' % (type(obj).__module__, type(obj).__qualname__)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
