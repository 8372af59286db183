# With the collector on, finalizers at exit and in collected cycles run in CPython's order (its collector's list order: globals first, list and tuple items last to first).
import gc
gc.set_threshold(700, 10, 10)  # CPython's schedule, also under the test-only stress switch
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def make():
    return [D(10), D(11)]
first = D(0)
objs = [D(1), D(2), D(3)]
d = {'x': D(7), 'y': D(8)}
nested = make()
_private = D(20)
a = D(4)
b = [D(5)]
t = (D(12), D(13))
c = D(6)
x = D(30); y = D(31); x.o = y; y.o = x
del x, y
gc.collect()
for i in range(3):
    p = D(40 + i); q = D(50 + i); p.q = q; q.p = p
del p, q
gc.collect()
ring = [D(60 + i) for i in range(4)]
for i in range(4):
    ring[i].next = ring[(i + 1) % 4]
del ring
gc.collect()
print('end')
