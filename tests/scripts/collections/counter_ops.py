# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, comparisons, total, repr
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz'); c.update({'q': 4}); c.update(k=1)
print(c)
c.subtract('aaaa'); c.subtract({'q': 10})
print(c)
x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y, +x, -x)
x2 = Counter(x); x2 += y; print(x2)
x2 = Counter(x); x2 -= y; print(x2)
x2 = Counter(x); x2 |= y; print(x2)
x2 = Counter(x); x2 &= y; print(x2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=2, b=0))
print(Counter(), Counter({'x': 2, 'y': 3}), Counter(['p', 'q', 'p']))
del c['nope']
print(c.copy() == c, type(c.copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
print(Counter({1: 'a', 2: 'b'}))
print(Counter('hello world').most_common(3))
