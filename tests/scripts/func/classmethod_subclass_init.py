# classmethod and staticmethod subclasses fill themselves in __init__ (super().__init__(f)), with CPython's argument errors
class C(classmethod):
    def __init__(self, f, tag='t'):
        super().__init__(f)
        self.tag = tag
class S(staticmethod):
    def __init__(self, f):
        super().__init__(f)
class D:
    @C
    def m(cls):
        "doc of m"
        return cls.__name__
    @S
    def s(x): return x * 2
print(D.m(), D().m(), D.__dict__['m'].tag, D.__dict__['m'].__doc__, D.s(4), D().s(5))
print(C(len, 'x').tag, classmethod(len).__func__, staticmethod(abs)(-3))
try:
    classmethod()
except TypeError as e:
    print(e)
class E(classmethod):
    pass
print(E(len).__func__)
