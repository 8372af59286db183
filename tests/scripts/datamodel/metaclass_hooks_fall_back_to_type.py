# A metaclass hook can defer to type.__instancecheck__/__subclasscheck__/__prepare__ through super().
class Meta(type):
    def __instancecheck__(cls, inst):
        print('Meta.__instancecheck__', cls.__name__)
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        print('Meta.__subclasscheck__', cls.__name__)
        return super().__subclasscheck__(sub)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print('prepare', type(ns).__name__, ns)
        return ns
class A(metaclass=Meta): pass
class B(A): pass
print(isinstance(B(), A), isinstance(1, A), issubclass(B, A), issubclass(int, A))
try: issubclass(1, A)
except TypeError as e: print('TypeError:', e)
class Liar:
    __class__ = B
print(isinstance(Liar(), A), type.__instancecheck__(A, Liar()))
print(type.__prepare__(), type.__prepare__('a', (), x=1), Meta.__prepare__('n', ()))
print(object.__subclasshook__(), A.__subclasshook__(int))
print(type.__subclasscheck__(int, bool), type.__instancecheck__(int, True))
class Plain(type): pass
class P(metaclass=Plain): pass
print(isinstance(P(), P), issubclass(P, P))
