"""Names for the interpreter's built-in types, and helpers for dynamic class creation.

Every type here is taken from a real object of that kind, so it is exactly the class the
interpreter uses, never an imitation.
"""

import sys


def _sample_function(): pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _make_cell():
    captured = None
    return (lambda: captured).__closure__[0]


CellType = type(_make_cell())


def _sample_generator(): yield


GeneratorType = type(_sample_generator())


async def _sample_coroutine(): pass


_coroutine_object = _sample_coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()  # never awaited on purpose: closing avoids the warning


async def _sample_async_generator(): yield


AsyncGeneratorType = type(_sample_async_generator())


class _WithMethod:
    def method(self): pass


MethodType = type(_WithMethod().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

def _sample_traceback():
    try:
        raise TypeError
    except TypeError as caught:
        return caught.__traceback__


TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)


class _WithSlot:
    __slots__ = ('slot',)


MemberDescriptorType = type(_WithSlot.slot)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _sample_function, _make_cell, _sample_generator, _sample_coroutine, _coroutine_object
del _sample_async_generator, _WithMethod, _WithSlot, _sample_traceback


def resolve_bases(bases):
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
    # The caller compares identity to learn whether __orig_bases__ is needed.
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:
    """An attribute that instances have but the class does not.

    Instance access behaves like a property; access through the class raises
    AttributeError so that the metaclass's __getattr__ answers instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy_with(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


class _AwaitableGenerator:
    """Wraps a generator so that it can be awaited, as a generator-based coroutine."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__is_generator = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    gi_code = cr_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = cr_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self.__wrapped.gi_yieldfrom)

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__is_generator else self

    __await__ = __iter__


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and func.__code__.co_flags & 0x180:
        return func  # already a coroutine function (CO_COROUTINE | CO_ITERABLE_COROUTINE)

    import functools
    import _collections_abc

    # hotpy has no bytecode flags to flip, so generator functions are wrapped too.
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType:
            return result
        if result.__class__ is GeneratorType or (
                isinstance(result, _collections_abc.Generator)
                and not isinstance(result, _collections_abc.Coroutine)):
            return _AwaitableGenerator(result)
        return result

    return wrapped


__all__ = [name for name in globals() if not name.startswith('_')]
