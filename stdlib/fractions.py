"""Fraction: exact rational numbers."""

import math
import sys

__all__ = ['Fraction']

_hash_info = getattr(sys, 'hash_info', None)
_PyHASH_MODULUS = _hash_info.modulus if _hash_info is not None else (1 << 61) - 1
_PyHASH_INF = _hash_info.inf if _hash_info is not None else 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4', '1.5e-3', '1_000'."""
    s = text.strip()
    sign = 1
    if s[:1] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]

    def digits(part, allow_empty=False):
        if not part:
            if allow_empty:
                return 0, 0
            raise ValueError
        if part[0] == '_' or part[-1] == '_' or '__' in part:
            raise ValueError
        plain = part.replace('_', '')
        if not (plain.isdigit() and plain.isascii()):
            raise ValueError
        return int(plain), len(plain)

    if '/' in s:
        num, _, den = s.partition('/')
        return sign * digits(num)[0], digits(den)[0]
    mantissa, exp = s, 0
    for mark in 'eE':
        if mark in s:
            mantissa, _, exp_text = s.partition(mark)
            exp_sign = 1
            if exp_text[:1] in '+-':
                exp_sign = -1 if exp_text[0] == '-' else 1
                exp_text = exp_text[1:]
            exp = exp_sign * digits(exp_text)[0]
            break
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        raise ValueError
    n, _ = digits(whole, allow_empty=bool(dot))
    f, flen = digits(frac, allow_empty=True) if dot else (0, 0)
    if dot and not frac and not whole:
        raise ValueError
    numerator = n * 10 ** flen + f
    denominator = 10 ** flen
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (hasattr(x, 'numerator')
                                              and hasattr(x, 'denominator')
                                              and not isinstance(x, float))


class Fraction(object):
    """numerator/denominator in lowest terms; from ints, Fractions, floats and strings."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, Fraction) or (_is_rational(numerator)
                                                    and not isinstance(numerator, str)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse(numerator)
                except ValueError:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator) from None
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, int):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not hasattr(dec, 'as_integer_ratio') or isinstance(dec, float):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # Of the two candidate convergents, keep the closer (the later one on a tie).
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _binary(self, other, exact, inexact, reverse=False):
        if isinstance(other, Fraction) or type(other) is int or isinstance(other, int):
            other = other if isinstance(other, Fraction) else Fraction(other)
            return exact(other, self) if reverse else exact(self, other)
        if isinstance(other, float):
            return inexact(other, float(self)) if reverse else inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(other, complex(self)) if reverse else inexact(complex(self), other)
        if _is_rational(other):
            other = Fraction(other.numerator, other.denominator)
            return exact(other, self) if reverse else exact(self, other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        n = a._numerator * b._denominator
        d = a._denominator * b._numerator
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return Fraction(n, d)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._binary(a, Fraction._add, lambda x, y: x + y, reverse=True)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._binary(a, Fraction._sub, lambda x, y: x - y, reverse=True)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._binary(a, Fraction._mul, lambda x, y: x * y, reverse=True)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._binary(a, Fraction._div, lambda x, y: x / y, reverse=True)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._binary(a, Fraction._floordiv, lambda x, y: x // y, reverse=True)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._binary(a, Fraction._divmod, divmod, reverse=True)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._binary(a, Fraction._mod, lambda x, y: x % y, reverse=True)

    def __pow__(a, b):
        if _is_rational(b) and not isinstance(b, float):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a) and not isinstance(a, float):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=None):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * inverse)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)) or (_is_rational(b) and not isinstance(b, float)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)) or (_is_rational(other)
                                                  and not isinstance(other, float)):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    real = property(lambda self: +self)
    imag = property(lambda self: 0)

    def conjugate(self):
        return +self

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


try:
    import numbers as _numbers
    _numbers.Rational.register(Fraction)
except (ImportError, AttributeError):
    pass
