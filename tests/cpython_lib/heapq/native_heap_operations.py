# heapq: the native _heapq primitives keep CPython's exact heap order, and CPython's heapq.py runs over them
import _heapq
import sys

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    _heapq.heappush(h, x)
    print(h)
print([_heapq.heappop(h) for _ in range(5)], h)
print(_heapq.heapreplace(h, 10), h, _heapq.heappushpop(h, 0), _heapq.heappushpop(h, 11), h)
data = [(i * 7919) % 101 for i in range(60)]
_heapq.heapify(data)
print(data)
big = [(i * 7919) % 5003 for i in range(6000)]
_heapq.heapify(big)
print(big[:20], sum(i * v for i, v in enumerate(big)))
m = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), m, _heapq._heapreplace_max(m, 0), m)
pairs = [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a')]
_heapq.heapify(pairs)
print(pairs)
for call in [lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1), lambda: _heapq.heappush((), 1),
             lambda: _heapq.heapify(5), lambda: _heapq.heappush([1, 'a'], 2), lambda: _heapq.heappushpop([], 3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
sys.path.insert(0, '/usr/lib/python3.11')
import heapq
print(heapq.heappush is _heapq.heappush, heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), heapq.nlargest(3, range(10), key=lambda v: -v))
