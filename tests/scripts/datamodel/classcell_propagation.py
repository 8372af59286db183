# The __class__ cell reaches type.__new__ as __classcell__; a metaclass that drops it is told so.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.get('__classcell__')
        print(name, 'has __classcell__:', cell is not None, type(cell).__name__)
        cls = super().__new__(mcls, name, bases, ns)
        print('  left in class dict:', '__classcell__' in cls.__dict__)
        return cls


class UsesSuper(metaclass=Meta):
    def f(self):
        return __class__


class NoCell(metaclass=Meta):
    def g(self):
        return 1


print(UsesSuper().f() is UsesSuper)


class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)


try:
    class Dropped(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError:', e)


class Replacer(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, 'Other', (), {})


try:
    class Replaced(metaclass=Replacer):
        def f(self):
            return super().f()
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    type('Bad', (), {'__classcell__': 5})
except TypeError as e:
    print('TypeError:', e)


# A metaclass that returns something other than a class is not checked.
def not_a_class(name, bases, ns):
    return 'made ' + name


class Odd(metaclass=not_a_class):
    def f(self):
        return __class__


print(Odd)

# type() takes the caller's module when the namespace has none, and copies the namespace.
ns = {}
Made = type('Made', (), ns)
print(Made.__module__, ns, Made)
