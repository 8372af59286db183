# CPython's functools module, its pure-Python source unmodified, on hotpy: lru_cache, cache, wraps, partial, reduce, total_ordering, singledispatch, cached_property, cmp_to_key
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import functools
assert functools.__file__.startswith("/usr/lib/python3.11/"), functools.__file__
from functools import lru_cache, cache, wraps, partial, reduce, total_ordering, singledispatch, cached_property, cmp_to_key, partialmethod
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
print(f(1), f('a'), f([1]), f(True))
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def g():
    "doc"
print(g.__name__, g.__doc__, g.__wrapped__.__name__)
print(reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)('101'), partial(max, 3)(1, 2))
class C:
    @cached_property
    def val(self):
        print('computing'); return 42
    def m(self, a, b): return a - b
    m10 = partialmethod(m, 10)
c = C(); print(c.val, c.val, c.m10(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
