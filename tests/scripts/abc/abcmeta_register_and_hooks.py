# abc: ABCMeta abstract methods, register, __subclasshook__, caches, ABC, abstract properties, update_abstractmethods
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def area(self): return 4
    @property
    def name(self): return 'square'
    @classmethod
    def make(cls): return cls()

class Half(Shape):
    def area(self): return 1

print(Square.__abstractmethods__, sorted(Half.__abstractmethods__), Square.make().name)
try:
    Half()
except TypeError as e:
    print(e)

class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any('quack' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class Mallard:
    def quack(self): pass

print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))
token = abc.get_cache_token()
Duck.register(int)
print(issubclass(int, Duck), abc.get_cache_token() != token, issubclass(bool, Duck))
print(Duck.register(float) is float, isinstance(1.5, Duck))
try:
    Duck.register(3)
except TypeError as e:
    print(e)
class Sub(Duck): pass
try:
    Sub.register(Duck)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Duck)
except TypeError as e:
    print(e)

class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))

class Later(ABC):
    @abstractmethod
    def run(self): ...
Later.run = lambda self: 'ran'
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())
print(abc.update_abstractmethods(int) is int)
print(type(ABC), ABC.__slots__, isinstance(Shape, ABCMeta))
