# Special methods come from the type: instance attributes and a class's own methods are not used.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class E:
    pass


e = E()
for name, value in (('__len__', lambda: 5), ('__abs__', lambda: 'inst'), ('__complex__', lambda: 2j),
                    ('__index__', lambda: 0), ('__dir__', lambda: ['from_instance']),
                    ('__next__', lambda: 1), ('__pow__', lambda *a: 'inst'), ('__format__', lambda s: 'inst')):
    setattr(e, name, value)
show('len', lambda: len(e))
show('abs', lambda: abs(e))
show('complex', lambda: complex(e))
show('index', lambda: [1][e])
show('hex', lambda: hex(e))
show('dir', lambda: 'from_instance' in dir(e))
show('next', lambda: next(e))
show('pow3', lambda: pow(e, 2, 3))
show('format', lambda: format(e, '').startswith('<__main__.E object'))


class Real:
    def __abs__(self):
        return 'type abs'

    def __complex__(self):
        return 3j

    def __index__(self):
        return 1

    def __dir__(self):
        return ['b', 'a']

    def __pow__(self, other, mod=None):
        return ('type pow', other, mod)


r = Real()
r.__abs__ = r.__complex__ = r.__index__ = r.__dir__ = r.__pow__ = lambda *a: 'instance'
show('abs', lambda: abs(r))
show('complex', lambda: complex(r))
show('index', lambda: [10, 20][r])
show('hex', lambda: hex(r))
show('dir', lambda: dir(r))
show('pow3', lambda: pow(r, 2, 5))
# The class object itself is an instance of type, which has none of these.
show('abs(Real)', lambda: abs(Real))
show('complex(Real)', lambda: complex(Real))
show('hex(Real)', lambda: hex(Real))
show('[1][Real]', lambda: [1][Real])
