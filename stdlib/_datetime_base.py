"""The parts of datetime that need no other class: calendar arithmetic, field checks,
offset formatting and timedelta (datetime re-exports them)."""

import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _ymd_to_ordinal(year, month, day):
    y = year - 1
    return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


def _ordinal_to_ymd(n):
    """Day 1 is 0001-01-01."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:      # the last day of a 4- or 400-year cycle
        return year - 1, 12, 31
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    if before > n:
        month -= 1
        before -= _days_in_month(year, month)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    monday = first - (first + 6) % 7
    return monday + 7 if (first + 6) % 7 > 3 else monday


def _check_int(value):
    if isinstance(value, int):
        return value
    try:
        index = value.__index__
    except AttributeError:
        raise TypeError('an integer is required (got type %s)' % type(value).__name__) from None
    return index()


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    fields = [_check_int(v) for v in (hour, minute, second, microsecond)]
    for name, value, top in zip(('hour', 'minute', 'second', 'microsecond'), fields,
                                (23, 59, 59, 999999)):
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return fields


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign, off = '-', -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _checked_offset(name, value):
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not \'%s\''
                        % (name, type(value).__name__))
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError('%s()=%s, must be strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24)' % (name, value))
    return value


class timedelta:
    """A duration: days, seconds (< 1 day) and microseconds (< 1 second), normalized."""

    __module__ = 'datetime'

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        exact = 0
        inexact = 0.0
        for name, value, scale in (('days', days, 86400000000), ('seconds', seconds, 1000000),
                                   ('microseconds', microseconds, 1),
                                   ('milliseconds', milliseconds, 1000),
                                   ('minutes', minutes, 60000000), ('hours', hours, 3600000000),
                                   ('weeks', weeks, 604800000000)):
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                exact += int(whole) * scale
                inexact += frac * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        return cls._from_microseconds(exact + round(inexact))

    @classmethod
    def _from_microseconds(cls, total):
        seconds, us = divmod(total, 1000000)
        d, s = divmod(seconds, 86400)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = ['%s=%d' % (name, value) for name, value in
                (('days', self._days), ('seconds', self._seconds),
                 ('microseconds', self._microseconds)) if value]
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            text = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        return -self + other if isinstance(other, timedelta) else NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_even(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._to_microseconds(), other._to_microseconds())
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return self.__class__, (self._days, self._seconds, self._microseconds)


def _divide_even(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b < 0:
        if r2 < b or (r2 == b and q % 2):
            q += 1
    elif r2 > b or (r2 == b and q % 2):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
