# _functools._lru_cache_wrapper: keys, hits and misses, LRU eviction order, typed, maxsize 0/None, binding, errors
from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

calls = []
def square(x, *rest, **kw):
    calls.append((x, rest, tuple(sorted(kw.items()))))
    return x * x

f = _lru_cache_wrapper(square, 2, False, CacheInfo)
print(f(2), f(2), f(3), f(2), f(4), f(3), f(2))
print(f.cache_info(), calls)
calls.clear()
print(f(1, 2), f(1, 2), f(1, y=2), f(1, y=2), f(x=5), f.cache_info())
f.cache_clear()
print(f.cache_info(), f(2), f.cache_info())

u = _lru_cache_wrapper(square, None, False, CacheInfo)
for i in list(range(5)) * 3:
    u(i)
print(u.cache_info())
z = _lru_cache_wrapper(square, 0, False, CacheInfo)
print(z(3), z(3), z.cache_info())
n = _lru_cache_wrapper(square, -5, False, CacheInfo)
print(n(3), n.cache_info())

t = _lru_cache_wrapper(square, 10, True, CacheInfo)
print(t(2), t(2.0), t(2), t.cache_info())
nt = _lru_cache_wrapper(square, 10, False, CacheInfo)
print(nt(2), nt(2.0), nt(True), nt.cache_info())

def fib(n):
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)
cfib = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(cfib(90), cfib.cache_info())
bfib = _lru_cache_wrapper(lambda n: n if n < 2 else bfib(n - 1) + bfib(n - 2), 3, False, CacheInfo)
print(bfib(60), bfib.cache_info())

class C:
    def __init__(self):
        self.n = 0
    def meth(self, k):
        self.n += 1
        return (self.n, k)
    meth = _lru_cache_wrapper(meth, 8, False, CacheInfo)
c = C()
print(c.meth(1), c.meth(1), c.meth(2), C.meth(c, 1), C.meth.cache_info())

f.__wrapped__ = square
f.extra = "x"
print(f.__wrapped__ is square, f.extra, f.__dict__ == {"__wrapped__": square, "extra": "x"})
print(f.__copy__() is f, f.__deepcopy__({}) is f, type(f).__name__, type(f).__module__)

def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 4, False, CacheInfo)
try:
    b(1)
except ValueError as e:
    print("ValueError", e, b.cache_info())
for bad in [lambda: _lru_cache_wrapper(1, 1, False, CacheInfo), lambda: _lru_cache_wrapper(square, "1", False, CacheInfo),
            lambda: f([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
