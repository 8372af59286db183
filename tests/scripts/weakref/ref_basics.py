# weakref.ref: calling, sharing the plain ref, counts and lists, hashing and equality, repr, __callback__, argument errors.
import weakref
class A:
    pass
def show(r):
    text = repr(r)
    return text[:text.index(' at ')] + text[text.index(';'):text.index(' at ', text.index(';'))] + ('' if '(' not in text else text[text.index('('):])
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, print)
r4 = weakref.ref(a, print)
print(r1 is r2, r3 is r4, r1 is r3, r1() is a)
print(weakref.getweakrefcount(a), [r is r1 for r in weakref.getweakrefs(a)])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(r1.__callback__, r3.__callback__ is print)
print(r1 == r3, r1 != r3, r1 == 1, r1 != a, hash(r1) == hash(a))
print(show(r1))
def f(): pass
print(show(weakref.ref(f)), show(weakref.ref(A)))
b = A()
rb = weakref.ref(b)
hash(rb)
del b
print(rb(), rb.__callback__, repr(rb)[:9], repr(rb)[-6:])
c = A()
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print('TypeError', e)
d1, d2 = A(), A()
x1, x2 = weakref.ref(d1), weakref.ref(d2)
del d1, d2
print(x1 == x1, x1 == x2, x1 != x2)
for call in (lambda: weakref.ref(), lambda: weakref.ref(a, None, 3), lambda: weakref.ref(a, callback=print),
             lambda: r1(1), lambda: weakref.getweakrefcount(), lambda: weakref.ref(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.ref[int], type(r1).__name__, type(r1).__module__)
print(weakref.ref(a, None) is r1)
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
m = MyRef(a, None, 5)
print(m is r1, m() is a, m.extra, isinstance(m, weakref.ref), weakref.getweakrefcount(a))
del r3, r4, m
