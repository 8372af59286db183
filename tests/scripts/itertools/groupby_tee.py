# itertools.groupby (with its _grouper semantics) and tee (copies, __copy__, buffering)
from itertools import groupby, tee, islice, count
import itertools

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 10, 11, 20], key=lambda x: x // 10)])
print(list(groupby([])))

# a group is invalid once the groupby moved on
groups = [g for k, g in groupby("aabbc")]
print([list(g) for g in groups])

gb = groupby("aaabbb")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(type(g1).__name__, type(gb).__name__, repr(type(g1)))

def keyfail(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    print([(k, list(g)) for k, g in groupby([1, 1, 2, 3], key=keyfail)])
except ValueError as e:
    print("ValueError", e)

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee("abc", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
x, y = tee(count())
print(list(islice(x, 200))[-1], next(y), next(y))
z = x.__copy__()
print(next(x), next(z), type(x).__name__)
a, b = tee(iter([1, 2, 3]))
a2, b2 = tee(a)
print(list(a2), list(b2), list(b))
print(type(tee("a")[0]) is itertools._tee)
t = itertools._tee([4, 5])
print(list(t))
import weakref
r = weakref.ref(a)
print(r() is a)
