# io.IOBase & co. are ABCs: register() counts unrelated classes for isinstance/issubclass; native classes are registered, not subclasses
import _io
import abc
import io
import sys

print(type(io.IOBase).__name__, io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
print(io.IOBase.__module__, io.RawIOBase.__mro__)
print([c.__name__ for c in io.TextIOBase.__mro__], io.TextIOBase.__bases__)
print(isinstance(io.IOBase, abc.ABCMeta), issubclass(io.RawIOBase, io.IOBase), issubclass(io.RawIOBase, _io._RawIOBase))
for obj in [io.StringIO(), io.BytesIO(), sys.stdout, sys.stdin.buffer]:
    print(type(obj).__name__, isinstance(obj, io.IOBase), isinstance(obj, io.RawIOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.TextIOBase), isinstance(obj, _io._IOBase))
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.TextIOWrapper, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, int]:
    print(cls.__name__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase), io.IOBase in cls.__mro__)
with open(__file__, 'rb', buffering=0) as f:
    print(type(f).__name__, isinstance(f, io.RawIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))


class Duck:
    def read(self):
        return 'quack'


print(isinstance(Duck(), io.IOBase), io.IOBase.register(Duck) is Duck, isinstance(Duck(), io.IOBase),
      issubclass(Duck, io.IOBase), isinstance(Duck(), io.TextIOBase), issubclass(Duck, _io._IOBase))


class DuckText:
    pass


class SubDuck(DuckText):
    pass


io.TextIOBase.register(DuckText)
print(isinstance(SubDuck(), io.TextIOBase), isinstance(SubDuck(), io.IOBase), isinstance(SubDuck(), io.RawIOBase))


class Mine(io.BufferedIOBase):
    def __init__(self):
        self.data = []

    def write(self, b):
        self.data.append(b)
        return len(b)


m = Mine()
print(type(Mine).__name__, isinstance(m, io.BufferedIOBase), isinstance(m, io.IOBase), isinstance(m, io.TextIOBase),
      m.write(b'ab'), m.data, m.closed, m.readable(), m.writable())
with m:
    print(m.closed)
print(m.closed, [c.__name__ for c in Mine.__mro__])


class Abstract(io.RawIOBase):
    @abc.abstractmethod
    def special(self):
        pass


print(type(Abstract()).__name__, Abstract.__abstractmethods__)  # the native base's __new__ ignores abstract methods
for bad in [lambda: io.IOBase.register(3), lambda: io.RawIOBase.register(io.IOBase)]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(io.UnsupportedOperation.__module__, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, sorted(io.__all__) == sorted(set(io.__all__)),
      all(hasattr(io, n) for n in io.__all__), io.open is open)
print(io.StringIO('x\ny').readlines(), io.BytesIO(b'ab').read(), io.TextIOWrapper(io.BytesIO(b'hi'), encoding='ascii').read())
