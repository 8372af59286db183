# A __prepare__ namespace that is a dict subclass: the class body writes through its __setitem__ (__module__, __qualname__, __doc__ too)
class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    """doc"""
    x = 1
    def f(self): pass
print(C.x, C.__doc__)
