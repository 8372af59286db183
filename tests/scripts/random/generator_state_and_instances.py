# random: Random instances, getstate/setstate, the native _random.Random, subclasses and SystemRandom
import random, _random

r = random.Random(12345)
a = [r.random() for _ in range(3)]
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
b = [r.random() for _ in range(5)]
r.setstate(st)
print(a, b == [r.random() for _ in range(5)])
print(random.Random(5).random() == random.Random(5).random())
r2 = random.Random()
r2.seed(2**64 + 17)
print(r2.randint(0, 10**30), r2.getrandbits(64))
print(random.Random('x').random(), random.Random('x', ).random() == random.Random(b'x').random())
g = random.Random(3)
g.gauss(); st = g.getstate(); n1 = g.gauss(); g.setstate(st); print(n1 == g.gauss())

n = _random.Random(42)
print(type(n).__name__, type(n).__module__, n.random(), n.getrandbits(70))
n.seed(-42)
m = _random.Random(42)
print(n.random() == m.random())
n.seed('abc')
print(isinstance(n.random(), float))
st = n.getstate()
print(type(st).__name__, len(st), all(type(x) is int for x in st))
for bad in [[1] * 625, (1,) * 10, (1,) * 624 + (625,), (1,) * 624 + (-1,)]:
    try:
        n.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: n.getrandbits(-1), lambda: _random.Random(1, 2), lambda: _random.Random(x=1),
             lambda: random.Random().seed([1]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
             lambda: random.randrange(1, 10, 0), lambda: random.choice([]), lambda: random.sample(range(3), 4),
             lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1], k=1),
             lambda: random.gammavariate(0, 1), lambda: random.Random().setstate((9, (), None))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice('abcd'))

class Bits(random.Random):
    pass
b = Bits(7)
print(b.randrange(100), random.Random(7).randrange(100))

sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, sr.getrandbits(0), len(sr.randbytes(4)), sr.seed(1))
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)
random.seed()
print(0 <= random.random() < 1)
