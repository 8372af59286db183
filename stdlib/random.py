"""Pseudo-random numbers: hotpy's random module.

The generator is the native Mersenne Twister of _random; everything here draws
from its random() (53-bit floats) and getrandbits(k), in the same order and with
the same arithmetic as CPython 3.11, so a given seed yields CPython's numbers.
"""

import _random
from math import (log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin,
                  acos as _acos, floor as _floor, ceil as _ceil, isfinite as _isfinite,
                  pi as _pi, e as _e)

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
           "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
           "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
           "vonmisesvariate", "weibullvariate"]

TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _os_random_bytes(n):
    try:
        from os import urandom
    except ImportError:
        with open('/dev/urandom', 'rb') as f:
            return f.read(n)
    return urandom(n)


def _sha512_digest(data):
    try:
        from _sha512 import sha512
    except ImportError:
        from hashlib import sha512
    return sha512(data).digest()


def _as_index(x):
    return type(x).__index__(x)


def _integer_arg(value, what):
    """randrange's argument as an int; floats that are whole still pass (deprecated)."""
    try:
        return _as_index(value)
    except (TypeError, AttributeError):
        pass
    as_int = int(value)
    if as_int != value:
        _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
          'and will be removed in a subsequent version', DeprecationWarning, 3)
    return as_int


def _warn(message, category=UserWarning, stacklevel=2):
    """warnings.warn, blamed on the frame `stacklevel` levels above _warn's caller."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel + 1)


def _first_above(sorted_values, x, hi):
    """The index of the first of sorted_values[0:hi] greater than x (bisect_right)."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < sorted_values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    totals = []
    total = None
    for v in values:
        total = v if total is None else total + v
        totals.append(total)
    return totals


class Random(_random.Random):
    """A generator with its own state; the module functions share one instance."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for ch in text:
                h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512_digest(data), 'big')
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        version, internal, self.gauss_next = state
        if version == 2:
            try:
                internal = tuple(w % (2 ** 32) for w in internal)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(internal)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits() draws
        # integers from random() alone.
        for klass in cls.__mro__:
            attrs = klass.__dict__
            if '_randbelow' in attrs:
                break
            if 'getrandbits' in attrs:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in attrs:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- integers

    def _randbelow_with_getrandbits(self, n):
        getrandbits = self.getrandbits
        bits = n.bit_length()
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.", UserWarning, 1)
            return _floor(self.random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = self.random()
        while r >= limit:
            r = self.random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        # Plain ints skip the conversion call: randint() and friends run this a lot.
        istart = start if type(start) is int else _integer_arg(start, 'arg 1')
        if stop is None:
            if step != 1 or type(step) is not int:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = stop if type(stop) is int else _integer_arg(stop, 'stop')
        width = istop - istart
        istep = step if type(step) is int else _integer_arg(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep == 0:
            raise ValueError("zero step for randrange()")
        count = (width + istep - 1) // istep if istep > 0 else (width + istep + 1) // istep
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # -- sequences

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__') \
                or not hasattr(population, '__len__'):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            totals = _running_totals(counts)
            if len(totals) != n:
                raise ValueError('The number of counts does not match the population')
            total = totals.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_first_above(totals, s, len(totals))] for s in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        # Small populations are copied and drawn from without replacement; large
        # ones are drawn from in place, remembering the indexes taken (the same
        # threshold as CPython, so the same draws happen).
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        result = [None] * k
        if n <= threshold:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in taken:
                    j = self._randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_floor(self.random() * size)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_first_above(cum_weights, self.random() * total, last)] for _ in range(k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u, c, low, high = 1.0 - u, 1.0 - c, high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: each pair of draws gives two values; the second is kept.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection algorithm.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # alpha < 1: the method of Ahrens and Dieter (GS).
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u1 = self.random()
            if (u1 <= x ** (alpha - 1.0)) if p > 1.0 else (u1 <= _exp(-x)):
                return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        return y / (y + self.gammavariate(beta, 1.0)) if y else 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Numbers from the operating system's entropy source; it has no state to seed."""

    def random(self):
        return (int.from_bytes(_os_random_bytes(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_os_random_bytes(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _os_random_bytes(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
