# staticmethod/classmethod copy the wrapped function's name and doc and expose __wrapped__; property
# subclasses and these wrappers take attributes.
def documented(arg):
    "the doc"
    return arg


sm = staticmethod(documented)
cm = classmethod(documented)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, sm.__wrapped__ is documented)
print(cm.__name__, cm.__doc__, cm.__wrapped__ is documented, sorted(vars(cm)))
sm.extra = 1
print(sm.extra, sorted(sm.__dict__))


class Holder:
    @staticmethod
    def tool():
        "tool doc"

    @classmethod
    def make(cls):
        "make doc"


print(Holder.__dict__['tool'].__doc__, Holder.__dict__['make'].__name__, Holder.make.__doc__)


class TaggedProperty(property):
    pass


def getter(self):
    "getter doc"
    return 1


tagged = TaggedProperty(getter)
tagged.tag = 'kept'
print(tagged.__doc__, tagged.tag, TaggedProperty(lambda s: 1).__doc__)
print(TaggedProperty(getter, doc='explicit').__doc__, property(getter, doc='explicit').__doc__)
plain = property(getter)
plain.__doc__ = 'rewritten'
print(plain.__doc__)
try:
    plain.other = 1
except AttributeError as e:
    print('AttributeError:', e)
