# type(name, bases, ns, **kw) hands the call to the most derived metaclass of the bases when it has its own __new__ (enum's _simple_enum relies on it)
class Meta(type):
    def __new__(mcls, name, bases, ns, flag=None, **kw):
        print('Meta.__new__', name, flag)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.flag = flag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, sorted(kw))
class Base(metaclass=Meta):
    pass
D = type('D', (Base,), {'x': 1}, flag='yes')
print(type(D).__name__, D.flag, D.x)
class M2(type): pass
class Other(metaclass=M2): pass
try:
    type('X', (Base, Other), {})
except TypeError as e:
    print(e)
E = type('E', (int,), {})
print(type(E), E(3) + 1)
