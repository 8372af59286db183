# random: CPython's own random.py over hotpy's _random and _sha512 gives CPython's exact numbers
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import random

for s in [0, 1, 42, 2**100, -7, 123456789012345678901234567890, 'hello', b'abc', bytearray(b'xy'), 3.5, '']:
    random.seed(s)
    print('seed', repr(s))
    print(' random', [random.random() for _ in range(3)])
    print(' getrandbits', random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
    print(' randint', [random.randint(1, 6) for _ in range(8)], random.randint(-10**20, 10**20))
    print(' randrange', random.randrange(10), random.randrange(5, 100), random.randrange(0, 100, 7),
          random.randrange(100, 0, -3), random.randrange(2**70))
    print(' uniform', random.uniform(1, 10), random.uniform(-2.5, 2.5))
    print(' choice', random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
    xs = list(range(20))
    random.shuffle(xs)
    print(' shuffle', xs)
    print(' sample', random.sample(range(100), 5), random.sample('abcdefghij', 10),
          random.sample(range(10**6), 8), random.sample(['a', 'b'], k=3, counts=[2, 3]))
    print(' choices', random.choices('abc', k=5), random.choices('abc', [1, 2, 7], k=5),
          random.choices(range(4), cum_weights=[1, 1, 5, 10], k=4))
    print(' gauss', random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
    print(' normalvariate', random.normalvariate(), random.normalvariate(5, 0.5))
    print(' lognormvariate', random.lognormvariate(0, 1))
    print(' expovariate', random.expovariate(1.5))
    print(' triangular', random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3))
    print(' betavariate', random.betavariate(2, 3), random.betavariate(0.5, 0.5))
    print(' gammavariate', random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1))
    print(' vonmises', random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
    print(' pareto', random.paretovariate(3), 'weibull', random.weibullvariate(1, 1.5))
    print(' randbytes', random.randbytes(5))
