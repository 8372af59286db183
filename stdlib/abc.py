"""Abstract Base Classes (ABCs) according to PEP 3119."""

from _weakrefset import WeakSet


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated while any of its
    abstract methods are not overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead.
    """
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped function is stored by __new__; only the flag is set here.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead.
    """
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped function is stored by __new__; only the flag is set here.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead.
    """
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
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly, and then
    acts as a mix-in class. You can also register unrelated concrete classes (even
    built-in classes) and unrelated ABCs as 'virtual subclasses': these and their
    descendants are subclasses of the registering ABC for issubclass(), but the ABC
    does not appear in their MRO.
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
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
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
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in cls.__dict__:
            if name.startswith("_abc_"):
                value = getattr(cls, name)
                if isinstance(value, WeakSet):
                    value = set(value)
                print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
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
        """Override for issubclass(subclass, cls)."""
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
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to ``register()`` on any ABC.
    """
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    Call it after adding or implementing methods on a class after its creation
    (class decorators do). Returns cls; does nothing to a class that is not an ABC.
    """
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
