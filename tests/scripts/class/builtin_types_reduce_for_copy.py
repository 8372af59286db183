# copy and pickle's reductions of builtin types: set/frozenset/bytearray/range/slice __reduce__, __getnewargs__ of immutable values, subclasses keep their attributes
import copy
class S(set): pass
s = S({1, 2}); s.a = 1
print(sorted(copy.deepcopy(s)), type(copy.deepcopy(s)).__name__, copy.deepcopy(s).a)
print(copy.deepcopy(frozenset({3})), copy.deepcopy(bytearray(b'ab')), copy.deepcopy(slice(1, 2)), copy.copy(range(3)))
class I(int): pass
i = I(5); i.x = 2
j = copy.copy(i); print(j, type(j).__name__, j.x)
print((3).__getnewargs__(), 'a'.__getnewargs__(), (1j).__getnewargs__(), (1,).__getnewargs__(), set([1]).__reduce__(), range(1, 5, 2).__reduce__())
class T(tuple): pass
print(copy.deepcopy(T((1, [2]))), type(copy.deepcopy(T((1,)))).__name__)
