# How descriptors bind: method objects made by hand, classmethod over other descriptors, __slots__ limits.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


MethodType = type((lambda self: 0).__get__(1))


class G:
    pass


g = G()
g.m = MethodType(lambda self, x: ('bound to', type(self).__name__, x), g)
show('MethodType call', lambda: g.m(5))
show('MethodType attrs', lambda: (g.m.__self__ is g, g.m.__func__.__name__))
show('not callable', lambda: MethodType(1, g))
show('None instance', lambda: MethodType(len, None))
show('one argument', lambda: MethodType(len))
show('keywords', lambda: MethodType(func=len, instance=g))


class Wrapped:
    sm_in_cm = classmethod(staticmethod(lambda *a: a))

    @classmethod
    @property
    def cls_property(cls):
        return 'property of ' + cls.__name__


class Sub(Wrapped):
    pass


show('classmethod(staticmethod)', lambda: Sub.sm_in_cm(1))
show('classmethod(property)', lambda: (Wrapped.cls_property, Sub().cls_property))


class MetaDescriptor:
    def __get__(self, obj, owner):
        return 'got from ' + obj.__name__

    def __set__(self, obj, value):
        print('set on', obj.__name__, value)

    def __delete__(self, obj):
        print('deleted on', obj.__name__)


class Meta(type):
    attr = MetaDescriptor()


class K(metaclass=Meta):
    pass


K.attr = 5
del K.attr
show('meta descriptor', lambda: K.attr)
for slots in (('__dict__', '__dict__'), ('__weakref__', '__weakref__'), ('a', 'a')):
    try:
        type('S', (), {'__slots__': slots})
        print(slots, 'accepted')
    except (TypeError, ValueError) as e:
        print(slots, type(e).__name__ + ':', e)


class HasDict:
    pass


try:
    class AddsDict(HasDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError:', e)
