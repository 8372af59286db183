# Which objects can be weakly referenced follows CPython: user instances, functions, classes, sets, generators, methods yes; ints, str, tuples, lists, dicts, slotted classes without __weakref__, int/tuple subclasses no.
import weakref, sys
def f(): pass
class A: pass
class S: __slots__ = ('a',)
class SW: __slots__ = ('a', '__weakref__')
class SW2(SW): __slots__ = ('b',)
class S3(S): pass
class I(int): pass
class T(tuple): pass
class St(str): pass
class L(list): pass
class D(dict): pass
class E(Exception): pass
class F(float): pass
def g(): yield 1
async def co(): pass
async def ag(): yield 1
class M:
    def m(self): pass
c = co()
objs = dict(int=1, big=10**30, str='a', tuple=(), list=[], dict={}, set=set(), frozenset=frozenset(), func=f, lam=lambda: 0,
            cls=A, inst=A(), slots=S(), slotsw=SW(), slotsw2=SW2(), S3=S3(), I=I(1), T=T(), St=St('x'), L=L(), D=D(),
            E=E(), F=F(1.5), exc=Exception(), gen=g(), code=f.__code__, bound=M().m, bmeth=[].append, builtin=len,
            module=sys, frame=sys._getframe(), prop=property(), sm=staticmethod(f), none=None, true=True, type=int,
            bytes=b'', ba=bytearray(), rng=range(3), it=iter([]), slice=slice(1), float=1.0, complex=1j, co=c, ag=ag(),
            ref=weakref.ref(f), obj=object(), mv=memoryview(b'x'), enum=enumerate([]), zip=zip(), map=map(f, []),
            alias=list[int], mp=A.__dict__)
for k, o in objs.items():
    try:
        weakref.ref(o)
        print(k, 'yes')
    except TypeError as e:
        print(k, e)
c.close()
for bad in ("class X(SW): __slots__ = ('__weakref__',)", "class Y(A): __slots__ = ('__weakref__',)",
            "class Z: __slots__ = ('__weakref__', '__weakref__')"):
    try:
        exec(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for cls in (A, S, SW, SW2, S3, I, T, St, L, E, F):
    print(cls.__name__, list(cls.__dict__))
print(A.__dict__['__weakref__'], A.__dict__['__dict__'])
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, a.__dict__, vars(a))
a.__dict__ = {'x': 1}
print(a.x)
class P:
    @property
    def __dict__(self): return {'fake': 1}
print(type(P.__dict__['__dict__']).__name__, P().__dict__)
import io
for o in (sys.stdout, io.StringIO(), exit, help, copyright):
    print(type(weakref.ref(o)()).__name__)
