# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects die, also while they are being iterated; their mapping and set operations.
import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'A(%d)' % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, A) and o.n == self.n
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(5)]
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()), d.get(3), d.get(9, 'none'), 3 in d, 9 in d, d[2])
del objs[1:3]
print(len(d), sorted(d), sorted(d.values(), key=lambda a: a.n))
it = iter(d.items())
print(next(it))
del objs[0]
print(len(list(it)), sorted(d.items()))
print(d.pop(3), d.pop(3, 'gone'), d.setdefault(7, objs[-1]), sorted(d))
try:
    d[100]
except KeyError as e:
    print('KeyError', e)
try:
    d.pop(100)
except KeyError as e:
    print('KeyError', e)
keep = A(8)
d.update({8: keep}, nine=keep)
print(sorted(d, key=str), len(d.valuerefs()), type(d.copy()).__name__, len(d.copy()))
print(repr(d).startswith('<WeakValueDictionary at 0x'), d == {4: objs[-1], 7: objs[-1], 8: keep, 'nine': keep})
k, v = d.popitem()
print(k in (4, 7, 8, 'nine'), len(d))
d.clear()
print(len(d), list(d))
wvd = weakref.WeakValueDictionary({1: keep}, two=keep)
print(sorted(wvd, key=str))
print(sorted((wvd | {3: keep}).keys(), key=str))

k = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(4)]
for x in keys: k[x] = x.n * 10
print(len(k), sorted(k.values()), keys[0] in k, 5 in k, k[keys[1]], k.get(A(99), 'missing'))
del keys[0]
print(len(k), sorted(k.values()), sorted(k, key=lambda a: a.n), len(k.keyrefs()))
for key in k:
    del keys[:]
    break
print(len(k))
more = [A(i) for i in range(3)]
k2 = weakref.WeakKeyDictionary({a: 1 for a in more})
print(len(k2), k2.pop(more[0]), k2.setdefault(more[1], 5), sorted(k2.items(), key=lambda kv: kv[0].n))
del k2[more[2]]
print(len(k2), list(k2.items()))

s = weakref.WeakSet()
ms = [A(i) for i in range(3)]
for x in ms: s.add(x)
print(len(s), ms[0] in s, 3 in s, A(1) in s)
ms.pop()
print(len(s), sorted(x.n for x in s))
s2 = weakref.WeakSet(ms)
print(s == s2, s <= s2, s < s2, len(s | s2), len(s - s2), len(s & s2), len(s ^ s2), s.isdisjoint(s2))
for x in s:
    ms.clear()
print(len(s), list(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
extra = A(5)
s.add(extra)
s.discard(A(6))
s.remove(extra)
print(len(s))
try:
    s.remove(extra)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(weakref.WeakSet[int], weakref.WeakValueDictionary[int, str])
