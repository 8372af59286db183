# The collector clears weak references to the garbage before finalizers run; callbacks run for refs outside the garbage only; a ref inside a dead cycle is not called.
import gc, weakref
class Node:
    def __init__(self, name): self.name = name
class Fin(Node):
    def __del__(self):
        print('__del__', self.name, 'sees its ref dead:', keep() is None)
gc.disable()
a, b = Node('a'), Node('b')
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print('callback for a, referent gone:', r() is None))
del a, b
print('collected', gc.collect())
print(ra())
# a weak reference that is itself part of the garbage is not called
c = Node('c')
c.self_ref = weakref.ref(c, lambda r: print('never called'))
c.loop = c
del c
print('collected', gc.collect())
# finalizers see weak references to their cycle already cleared
f = Fin('f')
f.loop = f
keep = weakref.ref(f, lambda r: print('callback for f'))
del f
print('collected', gc.collect())
# a cycle through a weakref's callback
class Holder: pass
h = Holder()
h.ref = weakref.ref(Node('x'), lambda r: h)
target = Node('t')
h.ref2 = weakref.ref(target, lambda r, h=h: print('callback keeps holder', type(h).__name__))
del h
print('collected', gc.collect() > 0)
del target
print('end')
gc.enable()
