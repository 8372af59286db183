# __slots__: member descriptors on the class, no instance __dict__ unless listed or inherited, AttributeError for other names, inheritance, conflicts with class variables, name mangling
class P:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
p = P()
print(p.a, P.a, type(P.a).__name__, P.__slots__, hasattr(p, '__dict__'))
try: p.b
except AttributeError as e: print("AttributeError:", e)
try: p.z = 3
except AttributeError as e: print("AttributeError:", e)
try: vars(p)
except TypeError as e: print("TypeError:", e)
p.b = 5; del p.a
print(p.b, hasattr(p, 'a'))
class Q(P): pass
q = Q(); q.z = 9; print(q.z, q.a, q.__dict__)
class R(P):
    __slots__ = 'c'
r = R(); r.c = 1; r.a = 2; print(r.c, r.a, R.__slots__)
try: r.d = 1
except AttributeError as e: print("AttributeError:", e)
class S:
    __slots__ = ['x', '__dict__']
s = S(); s.x = 1; s.y = 2; print(s.x, s.__dict__)
try:
    class T:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print("ValueError:", e)
class W:
    __slots__ = ()
try: W().q = 1
except AttributeError as e: print("AttributeError:", e)
class U:
    __slots__ = ('__priv',)
    def set(self): self.__priv = 3; return self.__priv
print(U().set(), '_U__priv' in U.__dict__)
