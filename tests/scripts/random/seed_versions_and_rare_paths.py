# random: version-1 and hashed seeds, version-2 states, randbytes, cumulative weights and the rarer distributions as CPython's
import random
r = random.Random()
for s in ['abc', b'abc', '', 'héllo']:
    r.seed(s, version=1)
    print(repr(s), r.random(), r.getrandbits(40))
r.seed(-3.5); print(r.random())
r.seed(True); print(r.random())
r.seed(2**64 - 1); print(r.random())
st = r.getstate()
r2 = random.Random()
r2.setstate((2, tuple(x - 2**32 if x > 2**31 else x for x in st[1]), None))
print(r2.random() == r.random())
for n in [1, 2, 3, 1000]:
    print(r.randbytes(n)[:8], r.sample(range(n), min(n, 3)))
print([r.choices(['a', 'b', 'c'], cum_weights=[0.1, 0.1, 1.0])[0] for _ in range(10)])
print(r.sample(range(100), 30))
print([round(r.vonmisesvariate(2, 0.5), 12) for _ in range(3)], r.lognormvariate(1, 0.5))
print(r.randrange(-10, 10, 3), r.randrange(10, -10, -4), r.randint(-5, -5), r.randrange(2**200))
print([r.gammavariate(a, 2) for a in (0.1, 0.9, 1.0, 1.5, 30)])
print([r.betavariate(a, b) for a, b in ((0.2, 0.3), (5, 1), (1, 5))])
print(r.expovariate(0.25), r.paretovariate(1.5), r.weibullvariate(2, 0.7), r.triangular(1, 3))
try:
    r.choices('ab', weights=[0, 0])
except ValueError as e:
    print(e)
try:
    r.choices('ab', 2)
except TypeError as e:
    print(e)
try:
    r.sample('ab', 1, counts=[1])
except ValueError as e:
    print(e)
try:
    r.setstate((3, (), None, 4))
except Exception as e:
    print(type(e).__name__, e)
