# CPython's own collections, heapq and functools (namedtuple, OrderedDict, Counter, ChainMap, lru_cache, total_ordering, wraps) over the native _collections/itertools/operator/_functools
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import collections
from collections import namedtuple, OrderedDict, Counter, ChainMap, deque, defaultdict
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._asdict(), P._fields, P(2, 3)._replace(y=5), p.x, P.x.__doc__)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
c = Counter("abracadabra"); print(c.most_common(3), c["z"], sorted((c + Counter("aa")).items()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
import heapq
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), heapq.nlargest(2, [3, 9, 1, 7]), list(heapq.merge([1, 4], [2, 3])))
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
def deco(g):
    @functools.wraps(g)
    def w(*a): return g(*a)
    return w
@deco
def named(): "doc"
print(named.__name__, named.__doc__, functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.partial(int, base=2)("101"))
import operator
print(sorted([P(2, 1), P(1, 2)], key=operator.attrgetter("y")))
