# Weak reference callbacks: called once with the dead ref, newest first, after __del__; a ref that died first is not called; errors are reported and ignored.
import weakref
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = A('a')
rs = [weakref.ref(a, lambda r, i=i: print('callback', i, r() is None)) for i in range(4)]
plain = weakref.ref(a)
print('dropping a')
del a
print('dropped', plain(), [r() for r in rs])
b = A('b')
r_gone = weakref.ref(b, lambda r: print('never'))
r_kept = weakref.ref(b, lambda r: print('kept ref called'))
del r_gone
del b
class Loud:
    def __init__(self, n): self.n = n
    def __call__(self, r): raise ValueError('boom %d' % self.n)
    def __repr__(self): return '<Loud %d>' % self.n
c = A('c')
e1 = weakref.ref(c, Loud(1))
e2 = weakref.ref(c, lambda r: print('second callback still runs'))
del c
print('after errors')
class Holder: pass
h = Holder()
def remember(r):
    print('callback sees', type(r).__name__, r())
weak = weakref.ref(h, remember)
h = None
d = A('d')
def recreate(r):
    print('callback made', weakref.getweakrefcount(A('tmp')))
w = weakref.ref(d, recreate)
del d
try:
    x = A('raising')
    xr = weakref.ref(x, lambda r: print('callback during unwinding'))
    del x
    raise KeyError('k')
except KeyError as e:
    print('caught', e)
print('end')
