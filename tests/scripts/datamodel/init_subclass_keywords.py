# Class keywords reach the parent's __init_subclass__; object.__init_subclass__ rejects leftovers.
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print('Base.__init_subclass__', cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag


class A(Base, tag='a'):
    pass


class B(A):
    pass


print(A.tag, B.tag)

for make in (lambda: type('X', (Base,), {}, tag='x', bogus=1),
             lambda: type('Y', (), {}, bogus=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

try:
    class Z(Base, tag='z', extra=2):
        pass
except TypeError as e:
    print('TypeError:', e)

print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except TypeError as e:
    print('TypeError:', e)
try:
    A.__init_subclass__(1, 2)
except TypeError as e:
    print('TypeError:', e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Hooked(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('Hooked.__init_subclass__', cls.__name__, kw)


class Child(Hooked, flag=True):
    pass

T = type('T', (Base,), {}, tag='dynamic')
print(T.tag)

for args, kw in (((1, 2), {}), ((), {}), ((1,), {'x': 2}), (('N', 1, {}), {}), (('N', (), 1), {}),
                 ((1, (), {}), {})):
    try:
        type(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    type.__new__(type, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    type.__init__(int, 1, x=1)
except TypeError as e:
    print('TypeError:', e)
