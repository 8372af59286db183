# object.__dir__ reads __dict__ and __class__ as attributes, so proxies and __getattribute__ take part.
class Target:
    def target_method(self): pass
class Proxy:
    __class__ = property(lambda self: Target)
    @property
    def __dict__(self): return {'fake_attr': 1}
    def own(self): pass
d = dir(Proxy())
print('target_method' in d, 'fake_attr' in d, 'own' in d)
class NoDict:
    __slots__ = ()
print(len(dir(NoDict())) > 10, 'x' in dir(type('X', (), {'x': 1})()))


class Loud:
    def __getattribute__(self, name):
        print('  __getattribute__', name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 1


loud = Loud()
print('len', len(loud))
print('dir', 'x' in dir(loud))
