# copy: instances (dict and slots state through object.__reduce_ex__), containers, memo for shared/recursive structures, __copy__/__deepcopy__, __reduce__
import copy
class A:
    def __init__(self): self.l = [1, [2]]; self.me = self
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l[1] is a.l[1], c.me is c, c.l == a.l)
l = [1, [2, 3]]; l.append(l); d = copy.deepcopy(l); print(d[2] is d, d[1] is not l[1])
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]; t = copy.deepcopy(s); print(t.x, t.x is s.x, hasattr(t, 'y'))
class W:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(W()), copy.deepcopy([W()]))
t1 = (1, [2]); t2 = copy.deepcopy(t1); print(t2, t2 is t1, copy.deepcopy((1, 2)) is not None)
print(copy.copy({1: [2]}), copy.deepcopy({'a': {1, 2}}), copy.Error)
class Reduced:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reduced, (self.v,))
r = copy.deepcopy(Reduced([1, 2])); print(type(r).__name__, r.v)
shared = [1]
pair = copy.deepcopy([shared, shared]); print(pair[0] is pair[1], pair[0] is shared)
print(copy.copy(len) is len, copy.deepcopy(len) is len, copy.copy(int) is int)
class Base:
    def __init__(self): self.items = {'k': [1]}
b = Base(); b2 = copy.copy(b); b3 = copy.deepcopy(b)
print(b2.items is b.items, b3.items == b.items, b3.items['k'] is b.items['k'])
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({4})), copy.copy(bytearray(b'ab')))
print(copy.__all__)
