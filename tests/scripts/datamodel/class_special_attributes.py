# A class's __name__, __qualname__, __module__ and __doc__ can be rewritten; builtin types' cannot.
def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)


class C:
    "original doc"


C.__name__ = 'Renamed'
C.__qualname__ = 'Outer.Renamed'
C.__module__ = 'elsewhere'
C.__doc__ = 'new doc'
show('rewritten', lambda: (C.__name__, C.__qualname__, C.__module__, C.__doc__, repr(C)))
show('instance sees', lambda: (C().__module__, C().__doc__))
show('name not str', lambda: setattr(C, '__name__', 5))
show('qualname not str', lambda: setattr(C, '__qualname__', None))
for name in ('__name__', '__qualname__', '__module__', '__doc__'):
    show('delete ' + name, lambda: delattr(C, name))
    show('int ' + name, lambda: setattr(int, name, 'x'))


class Sub(C):
    pass


show('subclass', lambda: (Sub.__module__, Sub.__doc__, repr(Sub)))
