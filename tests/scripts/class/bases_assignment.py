# Assigning C.__bases__: MROs of C and its subclasses recomputed, CPython's checks and messages
class A: 
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
class D(C): pass
d = D()
print(d.f(), D.__mro__)
C.__bases__ = (B,)
print(d.f(), D.__mro__, A.__subclasses__(), B.__subclasses__())
for bad in [(), [A], (1,), (D,), (int,)]:
    try: C.__bases__ = bad
    except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
try: del C.__bases__
except TypeError as e: print(e)
class E(A, B): pass
try: A.__bases__ = (B,)
except TypeError as e: print(e)
print(E.__mro__)
