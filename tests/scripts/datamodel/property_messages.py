# property's missing-accessor messages name the attribute and class; __isabstractmethod__ of wrappers.
class C:
    @property
    def ro(self):
        return 1

    unnamed_later = property()
    lam = property(lambda self: 2)


class Outer:
    class Inner:
        @property
        def p(self):
            return 0


bare = property()


def show(label, f):
    try:
        print(label, f())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)


c = C()
show('set ro', lambda: setattr(c, 'ro', 5))
show('del ro', lambda: delattr(c, 'ro'))
show('get unnamed', lambda: c.unnamed_later)
show('set lam', lambda: setattr(c, 'lam', 1))
show('nested', lambda: setattr(Outer.Inner(), 'p', 1))
show('no name', lambda: bare.__get__(c, C))
show('no name set', lambda: bare.__set__(c, 1))
# getter/setter copies keep the name
C.copy = C.ro.setter(None).deleter(None)
show('copy', lambda: setattr(c, 'copy', 1))
show('get(None, None)', lambda: C.ro.__get__(None, None))
show('get(None, C)', lambda: C.ro.__get__(None, C) is C.ro)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


class Abstractish:
    @property
    @abstract
    def v(self):
        ...

    @classmethod
    @abstract
    def c(cls):
        ...

    @staticmethod
    @abstract
    def s():
        ...

    w = property(None, abstract(lambda self, v: None))


d = Abstractish.__dict__
print(d['v'].__isabstractmethod__, d['c'].__isabstractmethod__, d['s'].__isabstractmethod__,
      d['w'].__isabstractmethod__)
print(property(len).__isabstractmethod__, staticmethod(len).__isabstractmethod__,
      classmethod(len).__isabstractmethod__)
