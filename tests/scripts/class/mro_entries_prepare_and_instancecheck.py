# Class creation: __mro_entries__ of non-class bases (and __orig_bases__), __prepare__ with keywords, __instancecheck__/__subclasscheck__ of a metaclass
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A([1, 2]), '__orig_bases__' in A.__dict__)
class P:
    def __mro_entries__(self, bases):
        return (dict, )
class B(P(), object):
    pass
print(B.__bases__, B.__orig_bases__[1])
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        d = {"injected": 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta, flag=True):
    x = injected + 1
print(C.x, C.injected)
class Bad(type):
    def __prepare__(name, bases):
        return 5
try:
    class D(metaclass=Bad): pass
except TypeError as e:
    print(e)
class M2(type):
    def __instancecheck__(cls, x): return x == 42
    def __subclasscheck__(cls, sub): return sub is int
class E(metaclass=M2): pass
print(isinstance(42, E), isinstance(41, E), issubclass(int, E), issubclass(str, E), isinstance(E(), E))
