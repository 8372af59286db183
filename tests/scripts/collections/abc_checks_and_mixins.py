# collections.abc: structural checks, registered builtins, mixin methods of Set/Mapping/Sequence and mutable forms, Callable[...]
import collections.abc as cabc
import _collections_abc
checks = [([], 'Sequence'), ([], 'MutableSequence'), ((), 'Sequence'), ((), 'MutableSequence'), ('', 'Sequence'),
          ({}, 'Mapping'), ({}, 'MutableMapping'), (set(), 'MutableSet'), (frozenset(), 'Set'),
          (frozenset(), 'MutableSet'), ({}.keys(), 'KeysView'), ({}.items(), 'ItemsView'),
          ({}.values(), 'ValuesView'), (iter([]), 'Iterator'), (range(3), 'Sequence'), (b'', 'ByteString'),
          (bytearray(), 'MutableSequence'), (len, 'Callable'), (1, 'Hashable'), ([], 'Hashable'),
          ((x for x in ()), 'Generator'), ([], 'Reversible'), ({}, 'Reversible'), (3, 'Iterable'),
          ('', 'Collection'), (memoryview(b''), 'Sequence')]
for obj, name in checks:
    print(type(obj).__name__, name, isinstance(obj, getattr(cabc, name)))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoIter:
    __iter__ = None
print(issubclass(It, cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(NoIter, cabc.Iterable), issubclass(int, cabc.Sized))
class ListSet(cabc.Set):
    def __init__(self, items=()): self.items = list(dict.fromkeys(items))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return f'ListSet({self.items})'
a, b = ListSet('abc'), ListSet('bcd')
print(a & b, a | b, a - b, a ^ b, a <= b, ListSet('ab') < a, a == ListSet('cba'), a.isdisjoint('xyz'), {'a'} | a)
print(a._hash() == frozenset('abc').__hash__() or 'hash differs')
class Bag(cabc.MutableSet):
    def __init__(self, items=()): self.s = set(items)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
bag = Bag([1, 2, 3])
bag |= {4}; bag -= {1}; bag ^= {2, 9}; bag &= {3, 4, 9, 10}
print(list(bag), bag.pop(), list(bag))
bag.remove(4)
try:
    bag.remove(42)
except KeyError as e:
    print('KeyError', e)
class Table(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
t = Table()
t.update({'a': 1}, b=2); t.update([('c', 3)])
print(t.get('a'), t.get('z', 'none'), 'b' in t, list(t.keys()), list(t.items()), list(t.values()), type(t.keys()).__name__)
print(t.setdefault('d', 4), t.pop('d'), t.pop('zz', None), t.popitem(), t == {'b': 2, 'c': 3}, ('b', 2) in t.items(), 3 in t.values())
t.clear(); print(len(t))
class Seq(cabc.Sequence):
    def __getitem__(self, i): return 'hello'[i]
    def __len__(self): return 5
s = Seq()
print(list(s), 'e' in s, list(reversed(s)), s.index('l'), s.count('l'), s.index('l', 3))
try:
    s.index('z')
except ValueError:
    print('ValueError')
class MSeq(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); m.remove(2)
print(m.l, m.pop(), m.pop(0), m.l)
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
print(sorted(cabc.__all__) == sorted(_collections_abc.__all__), len(cabc.__all__))
print(issubclass(dict, cabc.Hashable), issubclass(list, cabc.Hashable), issubclass(tuple, cabc.Hashable))
