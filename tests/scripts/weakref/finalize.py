# weakref.finalize: runs once when the object dies, or early when called, or at exit (newest first) for objects still alive; detach, peek, alive, atexit.
import weakref
class A:
    def __init__(self, n): self.n = n
a = A(1)
f = weakref.finalize(a, print, 'finalized', 1)
print(f.alive, f.peek()[1:], f.atexit, repr(f).split(';')[1].split(' at ')[0])
del a
print(f.alive, f(), f.peek(), f.detach(), repr(f).endswith('; dead>'))
b = A(2)
early = weakref.finalize(b, lambda x, y=0: x + y, 40, y=2)
print(early(), early(), early.alive)
kw = weakref.finalize(b, print, 'at exit', 'second', sep=' / ')
weakref.finalize(b, print, 'at exit', 'first')
skipped = weakref.finalize(b, print, 'never: atexit is false')
skipped.atexit = False
detached = weakref.finalize(b, print, 'never: detached')
obj, func, args, kwargs = detached.detach()
print(obj is b, func is print, args, kwargs, detached.alive)
c = A(3)
weakref.finalize(c, print, 'after the failing one')
del c
print('end of program')
