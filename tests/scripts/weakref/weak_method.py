# WeakMethod: a weak reference to a bound method that rebuilds it while object and function live; its callback runs once; equality and hashing.
import weakref
class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
c = C(5)
wm = weakref.WeakMethod(c.get, lambda r: print('callback', type(r).__name__, r()))
print(wm()(), wm() == c.get, wm == weakref.WeakMethod(c.get), hash(wm) == hash(weakref.WeakMethod(c.get)))
print(wm != weakref.WeakMethod(C(5).get), isinstance(wm, weakref.ref))
del c
print(wm())
for bad in (len, C.get, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)
def f(self): return 'f'
c2 = C(1)
c2.m = f.__get__(c2)
wf = weakref.WeakMethod(c2.m, lambda r: print('function died'))
print(wf()())
del c2.m, f
print(wf())
