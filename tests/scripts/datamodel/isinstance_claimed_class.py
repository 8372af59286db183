# isinstance() also believes an object's __class__ attribute, as proxies and mocks rely on.
class Target:
    pass


class Proxy:
    @property
    def __class__(self):
        return Target


class NotAClass:
    __class__ = property(lambda self: 42)


class Raises:
    @property
    def __class__(self):
        raise AttributeError('no class here')


class Dynamic:
    def __getattribute__(self, name):
        if name == '__class__':
            return Target
        return super().__getattribute__(name)


p = Proxy()
print(isinstance(p, Target), isinstance(p, Proxy), isinstance(p, (int, Target)), type(p).__name__)
print(isinstance(NotAClass(), Target), isinstance(Raises(), Target), isinstance(Raises(), Raises))
print(isinstance(Dynamic(), Target), isinstance(Dynamic(), object), isinstance(1, Target))
