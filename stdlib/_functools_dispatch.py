"""functools.singledispatch and singledispatchmethod (import them from functools)."""

from abc import get_cache_token

__name__ = 'functools'  # what the functions' __module__ says, as in CPython


def _compose_mro(cls, types):
    """cls's MRO with the ABCs among types that cls is a virtual subclass of inserted:
    each just after the last class of the MRO that is a subclass of it, more derived
    ABCs first."""
    mro = list(cls.__mro__)
    in_mro = set(mro)
    abcs = [t for t in types
            if isinstance(t, type) and t not in in_mro and issubclass(cls, t)]
    abcs.sort(key=lambda t: len(t.__mro__), reverse=True)
    result = list(mro)
    for abc in abcs:
        last = max((i for i, klass in enumerate(result)
                    if klass is not abc and issubclass(klass, abc)), default=0)
        result.insert(last + 1, abc)
    return result


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's composed MRO, refusing
    to choose between two unrelated ABCs that both match equally."""
    match = None
    for klass in _compose_mro(cls, registry.keys()):
        if match is not None:
            if (klass in registry and klass not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, klass)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {klass}")
            break
        if klass in registry:
            match = klass
    return registry.get(match)


def _is_union_type(cls):
    import types
    from typing import get_origin, Union
    return get_origin(cls) in {Union, types.UnionType}


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if type(cls).__name__ not in ('UnionType', '_UnionGenericAlias'):
        return False
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    import types
    import weakref
    from functools import update_wrapper

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            impl = registry[cls] if cls in registry else _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if isinstance(cls, type):
            registry[cls] = func
        else:
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    try:
        wrapper.registry = types.MappingProxyType(registry)
    except TypeError:  # an interpreter whose mappingproxy cannot be made from Python
        wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that chooses its implementation by the type of its first argument
    after self (or cls); it can wrap classmethod and staticmethod objects too.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        from functools import update_wrapper

        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
