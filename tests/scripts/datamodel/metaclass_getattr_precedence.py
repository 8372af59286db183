# A metaclass __getattr__ is only the fallback: class attributes and metaclass descriptors come first.
class Meta(type):
    def __getattr__(cls, name):
        return 'meta-getattr-' + name

    @property
    def described(cls):
        return 'meta-property of ' + cls.__name__


class K(metaclass=Meta):
    real = 1

    def method(self):
        return 'method'


print(K.real, K.virtual, K.described, K.__name__)
print(K().method(), K.method.__name__)
try:
    K().virtual
except AttributeError as e:
    print('AttributeError:', e)


class Sub(K):
    pass


print(Sub.real, Sub.other)


class LoggingMeta(type):
    def __getattribute__(cls, name):
        if name == 'secret':
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return 'fallback-' + name


class L(metaclass=LoggingMeta):
    secret = 's'
    shown = 'v'


print(L.shown, L.secret, L.missing)
