# Tuples of numbers, None and bools die by the million (`return a, b`, a dict value
# replaced by a new tuple) and are reused at once; mixed tuples, tuple subclasses and
# tuples the collector tracks die the general way. Reused tuples start empty.
import gc

def pair(i):
    return i, i * 2.5

totals = {}
for i in range(30000):
    a, b = pair(i)
    count, s, flag = totals.get(i % 7, (0, 0.0, None))
    totals[i % 7] = count + 1, s + b, i % 2 == 0
print(sorted(totals.items()))

class Point(tuple):
    pass

kept = []
for i in range(2000):
    t = (i, None, True, -i, 1.5)
    m = (i, "s", [i])
    p = Point((i, i))
    if i % 500 == 0:
        kept.append((t, m, p))
    big = (i,) * 12
print(kept[-1], len(big), big[:3])

cyc = []
cyc.append((1, cyc))
del cyc
print(gc.collect() >= 1)
sizes = [tuple(range(n)) for n in range(1, 12)]
for _ in range(3):
    sizes = [tuple(x + 1 for x in t) for t in sizes]
print(sizes[0], sizes[4], sizes[-1])
print(sum(a + b for a, b in (pair(i) for i in range(1000))))
