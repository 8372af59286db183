# copy: containers, memo for shared/recursive structures, __copy__/__deepcopy__ and __reduce__ hooks, atomic values, sets
import copy
l = [1, [2, 3]]; l.append(l); d = copy.deepcopy(l); print(d[2] is d, d[1] is not l[1])
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
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({4})), copy.copy(bytearray(b'ab')))
print(copy.__all__)
