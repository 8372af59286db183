# CPython's heapq module, its pure-Python source unmodified, on hotpy: heap operations, merge, nlargest, nsmallest
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import heapq
assert heapq.__file__.startswith("/usr/lib/python3.11/"), heapq.__file__
h = [5, 1, 4, 2, 3]; heapq.heapify(h); heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 3, 5], [2, 4], [0])), heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 5))
