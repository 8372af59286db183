# __slots__ layouts: subclasses with __slots__ = () share their parent's layout, so they combine; slots added on both sides conflict
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ()
class C(A):
    __slots__ = ()
class D(B, C):
    __slots__ = ()
d = D(); d.x = 5
print(d.x, [k.__name__ for k in D.__mro__], hasattr(d, '__dict__'))
class E(A):
    __slots__ = ('y',)
class F(A):
    __slots__ = ('z',)
try:
    class G(E, F): pass
except TypeError as e:
    print(e)
class H(B, E):
    __slots__ = ()
h = H(); h.x, h.y = 1, 2
print(h.x, h.y)
