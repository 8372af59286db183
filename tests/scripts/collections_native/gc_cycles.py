# the native containers (deque, defaultdict, partial, itertools and operator objects) take part in cycle collection
import gc
from _collections import deque, defaultdict
from _functools import partial
from itertools import cycle, chain, tee, groupby, repeat, count, accumulate
from operator import itemgetter, methodcaller
from _functools import _lru_cache_wrapper

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("collected", self.name)

def cycle_through(name, make):
    t = Tracked(name)
    holder = make(t)
    t.ref = holder
    del t, holder
    gc.collect()

gc.disable()
cycle_through("deque", lambda t: deque([t]))
cycle_through("deque maxlen", lambda t: deque([1, t], maxlen=2))
cycle_through("defaultdict value", lambda t: defaultdict(list, {1: t}))
cycle_through("defaultdict factory", lambda t: defaultdict(lambda: t))
cycle_through("partial arg", lambda t: partial(print, t))
cycle_through("partial keyword", lambda t: partial(print, end=t))
cycle_through("cycle", lambda t: cycle([t]))
cycle_through("chain", lambda t: chain([t], []))
cycle_through("repeat", lambda t: repeat(t))
cycle_through("accumulate initial", lambda t: accumulate([], initial=t))
cycle_through("itemgetter", lambda t: itemgetter(t))
cycle_through("methodcaller", lambda t: methodcaller("x", t))

def lru_cycle(t):
    box = [t]
    cached = _lru_cache_wrapper(lambda k: box.pop(), 4, False, tuple)  # only the cached result holds t
    cached(1)
    return cached
cycle_through("lru cache entry", lru_cycle)
def lru_unbounded_cycle(t):
    cached = _lru_cache_wrapper(lambda k: k, None, False, tuple)
    cached(t)
    return cached
cycle_through("unbounded lru cache key", lru_unbounded_cycle)

def tee_cycle(t):
    a, b = tee([t, 1])
    next(a)
    return b
cycle_through("tee buffer", tee_cycle)

def groupby_cycle(t):
    g = groupby([t, t])
    k, grp = next(g)
    return grp
cycle_through("grouper", groupby_cycle)

d = deque()
d.append(d)
p = partial(print)
p.self = p
del d, p
print("self cycles", gc.collect() >= 2)
gc.enable()
print("done")
