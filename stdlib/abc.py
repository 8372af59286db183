"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract method
decorators.
"""

from _weakrefset import WeakSet


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (old spelling of @classmethod over @abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped function is stored by __new__; only the flag is set here.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (old spelling of @staticmethod over @abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped function is stored by __new__; only the flag is set here.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """An abstract property (old spelling of @property over @abstractmethod)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls, own_names):
    """The names still abstract on cls: its own abstract attributes, and the ones its
    bases declared abstract that cls has not overridden with something concrete."""
    names = {name for name, value in own_names if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made with it cannot be instantiated while it has abstract methods, and
    it can adopt unrelated classes with register(): issubclass() and isinstance()
    then count them (and their subclasses) as its own, without changing their MRO.
    __subclasshook__ lets the ABC decide by the class's structure.
    """

    # Bumped by every register(): negative caches older than this are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items())
        cls._abc_registry = WeakSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in cls.__dict__:
            if name.startswith("_abc_"):
                value = getattr(cls, name)
                if isinstance(value, WeakSet):
                    value = set(value)
                print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        claimed = instance.__class__
        if claimed in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is claimed:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and claimed in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = (cls in getattr(subclass, '__mro__', ())
                       or any(issubclass(subclass, r) for r in cls._abc_registry)
                       or any(issubclass(subclass, s) for s in cls.__subclasses__()))
        elif not isinstance(verdict, bool):
            raise AssertionError
        (cls._abc_cache if verdict else cls._abc_negative_cache).add(subclass)
        return verdict


def get_cache_token():
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from ABC to make an abstract base class without naming the metaclass."""
    __slots__ = ()
