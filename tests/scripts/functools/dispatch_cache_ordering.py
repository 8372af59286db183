# functools: singledispatch by annotation (unions, strings), ABC dispatch and ambiguity, lru_cache eviction and keyword keys, methods, update_wrapper, partial, total_ordering with NotImplemented, cached_property reset
import functools
from functools import *
from typing import List
@singledispatch
def f(x): return 'obj'
@f.register
def _(x: int | str): return 'int or str'
@f.register
def _(x: 'float'): return 'float by string annotation'
print(f(1), f('s'), f(1.5), f([]), sorted(c.__name__ for c in f.registry))
try:
    @f.register
    def _(x: List[int]): return 'bad'
except TypeError as e: print(e)
try:
    f.register(3)
except TypeError as e: print(e)
class A: pass
class B(A): pass
@singledispatch
def g(x): return 'base'
g.register(A, lambda x: 'A')
print(g(B()), g.dispatch(B).__name__ if hasattr(g.dispatch(B), '__name__') else '?')
import collections.abc as cabc
@singledispatch
def h(x): return 'obj'
h.register(cabc.Iterable, lambda x: 'iterable')
h.register(cabc.Sized, lambda x: 'sized')
try: h([])
except RuntimeError as e: print(e)
h.register(list, lambda x: 'list')
print(h([]), h(iter([])), h(range(3)) if False else '')
@lru_cache(maxsize=3)
def sq(n): return n * n
for i in [1, 2, 3, 1, 4, 2, 5, 1]: sq(i)
print(sq.cache_info(), sq.__wrapped__(7), sq.__name__)
@lru_cache(maxsize=2)
def kw(a, b=1): return a + b
kw(1); kw(1, b=1); kw(a=1); kw(1, 1)
print(kw.cache_info())
class Inst:
    @functools.lru_cache
    def m(self, x): return x * 2
i = Inst(); print(i.m(2), i.m(2), Inst.m.cache_info())
print(functools.update_wrapper(lambda: 0, sq).__name__, functools.wraps(sq)(lambda: 1).__wrapped__ is sq)
def noname(): pass
del noname.__doc__
class Obj:
    pass
o = Obj(); o.__call__ = None
w = functools.update_wrapper(lambda: 0, o, assigned=('__name__', '__doc__'))
print(w.__doc__, w.__name__)
pm = partial(print, 'a', sep='-'); pm('b'); print(repr(partial(len))[:17])
@total_ordering
class G:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __gt__(s, o): return s.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(1), G(1) >= G(2))
@total_ordering
class Mixed:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return isinstance(o, Mixed) and s.v == o.v
    def __lt__(s, o):
        if not isinstance(o, Mixed): return NotImplemented
        return s.v < o.v
try: Mixed(1) <= 5
except TypeError as e: print(e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 0))
class CP:
    def __init__(self): self.calls = 0
    @cached_property
    def val(self):
        self.calls += 1
        return 'v'
c = CP(); c.val; c.val; del c.val; c.val; print(c.calls)
