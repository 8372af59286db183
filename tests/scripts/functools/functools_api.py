# functools: wraps, lru_cache/cache statistics, total_ordering, cached_property, singledispatch by class, partial, partialmethod, reduce, cmp_to_key
import functools
from functools import *
def deco(f):
    @wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(x: int) -> str:
    "doc"
    return str(x)
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello(3))
@lru_cache(maxsize=2)
def sq(x): return x*x
print([sq(i) for i in (1,2,1,3,2,1)], sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(50), fib.cache_info())
@lru_cache
def f2(x): return x
print(f2(1), f2.cache_info())
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(2) >= V(1), V(1) > V(2), V.__ge__.__name__)
class C:
    @cached_property
    def x(self): print('computing'); return 42
c = C(); print(c.x, c.x, c.__dict__)
@singledispatch
def fun(arg): return 'default'
@fun.register(list)
def _(arg): return 'list'
from collections.abc import Sequence
@fun.register(Sequence)
def _(arg): return 'seq'
print(fun(1), fun(True), fun([]), fun('s'), fun(()), fun(1.0), sorted(k.__name__ for k in fun.registry))
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
print(reduce(lambda a,b: a+b, [1,2,3], 10), sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)))
class D:
    def m(self, a, b): return (a, b)
    pm = partialmethod(m, 1)
    @singledispatchmethod
    def sd(self, x): return 'obj'
    @sd.register(int)
    def _(self, x): return 'int'
print(D().pm(2), D().sd(1), D().sd('a'))
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
try:
    lru_cache(3.5)
except TypeError as e:
    print(e)
@lru_cache(maxsize=None, typed=True)
def typed(x): return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info(), typed.cache_parameters())
@lru_cache(maxsize=0)
def never(x): return x
never(1); never(1)
print(never.cache_info())
class E:
    @cached_property
    def v(self):
        return [1]
print(E.v.attrname, E().v)
class Slotted:
    __slots__ = ()
    @cached_property
    def v(self): return 1
try:
    Slotted().v
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nothing: pass
except ValueError as e:
    print(e)
print(fun.dispatch(bool).__name__, fun.dispatch(dict) is fun.registry[object])
try:
    fun()
except TypeError as e:
    print(e)
pp = partial(partial(max, 1), 2)
print(pp.args, pp(0), pp(5))
