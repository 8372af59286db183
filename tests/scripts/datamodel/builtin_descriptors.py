# The builtin descriptor types refuse objects of other types and describe themselves.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = 1
del s.a
show('delete unset slot', lambda: delattr(s, 'a'))
show('read unset slot', lambda: s.b)
show('member', lambda: (Slotted.a.__name__, Slotted.a.__qualname__, Slotted.a.__objclass__.__name__))
show('member on other', lambda: Slotted.a.__get__(1, int))
show('member set on other', lambda: Slotted.a.__set__(1, 2))

name_attr = type.__dict__['__name__']
show('getset', lambda: (repr(name_attr), name_attr.__name__, name_attr.__qualname__, name_attr.__objclass__))
show('getset on other', lambda: name_attr.__get__(1))
show('getset set on other', lambda: name_attr.__set__(1, 'x'))
show('getset on a class', lambda: name_attr.__get__(int))

show('method', lambda: (str.join.__name__, str.join.__qualname__, str.join.__objclass__))
show('method bound to other', lambda: str.join.__get__(1))
show('method bound', lambda: str.join.__get__('-')(['a', 'b']))
show('builtin method', lambda: ([].append.__qualname__, dict.fromkeys.__qualname__, len.__qualname__))

show('slot wrapper', lambda: (int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__))
show('method-wrapper', lambda: ((1).__add__.__self__, (1).__add__.__name__, (1).__add__.__qualname__))
show('object.__subclasshook__', lambda: object.__subclasshook__())
