# A class's member and getset descriptors keep their class alive: they may outlive its namespace and its name.
import gc
class C:
    __slots__ = ('x',)
class D:
    pass
m = C.__dict__['x']
g = D.__dict__['__dict__']
w = D.__dict__['__weakref__']
proxy = D.__dict__
del C, D
gc.collect()
print(m, g, w, m.__objclass__.__name__, g.__objclass__.__name__)
print(sorted(proxy))
