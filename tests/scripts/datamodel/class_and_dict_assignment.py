# obj.__class__ = C between compatible classes written in Python; obj.__dict__ = mapping.
def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)


class P:
    pass


class Q:
    def hi(self):
        return 'Q.hi ' + str(self.x)


p = P()
p.x = 1
p.__class__ = Q
print(type(p).__name__, p.hi())
show('to int', lambda: setattr(p, '__class__', int))
show('to object', lambda: setattr(p, '__class__', object))
show('to non-class', lambda: setattr(p, '__class__', 5))
show('delete', lambda: delattr(p, '__class__'))
show('of an int', lambda: setattr(1, '__class__', bool))


class S1:
    __slots__ = ('a',)


class S1b:
    __slots__ = ('a',)


class S2:
    __slots__ = ('b',)


s = S1()
show('same slots', lambda: (setattr(s, '__class__', S1b), type(s).__name__)[1])
show('other slots', lambda: setattr(s, '__class__', S2))
show('slots to dict', lambda: setattr(s, '__class__', P))


class L1(list):
    pass


class L2(list):
    pass


lst = L1([1])
show('list subclasses', lambda: (setattr(lst, '__class__', L2), type(lst).__name__, lst)[1:])
show('list to dict subclass', lambda: setattr(lst, '__class__', type('D', (dict,), {})))

w = P()
w.__dict__ = {'z': 1}
show('dict assigned', lambda: (w.z, vars(w)))
show('dict non-dict', lambda: setattr(w, '__dict__', 1))
show('dict delete', lambda: delattr(w, '__dict__'))
show('slots dict', lambda: setattr(S1(), '__dict__', {}))
