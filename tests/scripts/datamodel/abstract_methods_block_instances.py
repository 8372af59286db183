# A class whose __abstractmethods__ is set non-empty (as abc.ABCMeta does) cannot be instantiated; CPython's message lists the names sorted.
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        names = {n for n, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, n, None), '__isabstractmethod__', False):
                    names.add(n)
        cls.__abstractmethods__ = frozenset(names)
        return cls
class Two(metaclass=Meta):
    @abstractmethod
    def g(self): pass
    @abstractmethod
    def a(self): pass
class Half(Two):
    def g(self): pass
class Full(Half):
    def a(self): pass
for cls in (Two, Half, Full):
    try:
        print(type(cls()).__name__)
    except TypeError as e:
        print(e)
class Plain: pass
Plain.__abstractmethods__ = frozenset({'x'})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__, Plain.__abstractmethods__)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
