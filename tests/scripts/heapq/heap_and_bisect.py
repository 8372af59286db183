# heapq and bisect: heap layouts as CPython's, merge (key, reverse), nsmallest/nlargest; bisect/insort with lo/hi/key
import copy, heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 11, 15, 13]; heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), data)
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(['b','dd'], ['a','ccc'], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
try: heapq.heappop([])
except IndexError as e: print(e)
a = [1, 2, 2, 3, 5]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 4, 1, 3))
bisect.insort(a, 4); bisect.insort_left(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
mx = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), mx)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)
h = []
for word in ['pear', 'apple', 'fig', 'kiwi']:
    heapq.heappush(h, (len(word), word))
print([heapq.heappop(h) for _ in range(len(h))])
