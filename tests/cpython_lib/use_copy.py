# CPython's copy module, its pure-Python source unmodified, on hotpy: copy and deepcopy of containers, instances, custom hooks
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import copy
assert copy.__file__.startswith("/usr/lib/python3.11/"), copy.__file__
class C:
    def __init__(self): self.items = [1, [2, 3]]
class H:
    def __deepcopy__(self, memo): return 'custom'
a = C(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.items is a.items, c.items is a.items, c.items[1] is a.items[1], c.items == a.items)
l = [1, 2]; l.append(l); m = copy.deepcopy(l); print(m[2] is m, m is not l)
print(copy.deepcopy({'k': (1, [2]), 'h': H()}), copy.copy((1, 2)), copy.deepcopy(frozenset({1})))
