# bisect: the native _bisect searches and insertions (lo, hi, key), and CPython's bisect.py over them
import _bisect
import sys

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect_left(a, x, 2, 5),
          _bisect.bisect_right(a, x, lo=1, hi=4))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_right(b, x)
    _bisect.insort_left(b, x + 0.5)
print(b)
r = list(recs)
_bisect.insort_left(r, ('x', 3), key=lambda t: t[1])
_bisect.insort_right(r, ('y', 3), key=lambda t: t[1])
print(r)
class Seq:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq()
_bisect.insort_right(s, 3)
_bisect.insort_left(s, 1)
print(s.items, _bisect.bisect_right('abcdef', 'c'))
for call in [lambda: _bisect.bisect_left(a, 1, -1), lambda: _bisect.bisect_right(5, 1), lambda: _bisect.insort_left()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
sys.path.insert(0, '/usr/lib/python3.11')
import bisect
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right, bisect.bisect([1, 2, 3], 2))
