"""Weak references and the containers built on them.

The reference types come from the native _weakref module; this module adds the
mappings whose keys or values are held weakly, WeakSet, WeakMethod and finalize,
with the behaviour of CPython's weakref module.
"""

import sys

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _Iterating

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebuilds the method while both
    the object and the function are alive, and gives None once either died."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def died(_):
            self = holder[0]()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        holder = [None]
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        holder[0] = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (the values of a
    WeakValueDictionary), so its callback knows what to delete."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping:
    """What the two weak dictionaries share: deaths that arrive while one is being
    iterated are applied when the last iteration ends."""

    def _start(self):
        self._pending = []
        self._iterators = 0

    def _died(self, key):
        if self._iterators:
            self._pending.append(key)
        else:
            self._forget(key)

    def _apply_pending(self):
        pending, self._pending = self._pending, []
        for key in pending:
            self._forget(key)

    def _settle(self):
        if self._pending:
            self._apply_pending()

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __eq__(self, other):
        if not hasattr(other, "items") or not hasattr(other, "keys"):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __hash__ = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        def on_death(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self._died(wr.key)

        self._remove = on_death
        self._start()
        self.data = {}
        self.update(other, **kw)

    # The default keeps the function for callbacks that run while the interpreter ends
    # (this module's globals may be gone by then).
    def _forget(self, key, _remove_dead=_remove_dead_weakref):
        _remove_dead(self.data, key)

    def __getitem__(self, key):
        self._settle()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data)

    def __contains__(self, key):
        self._settle()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        self._settle()
        new = WeakValueDictionary()
        with _Iterating(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        new = self.__class__()
        with _Iterating(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        self._settle()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._settle()
        with _Iterating(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def keys(self):
        self._settle()
        with _Iterating(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        self._settle()
        with _Iterating(self):
            yield from self.data.values()

    def valuerefs(self):
        self._settle()
        return list(self.data.values())

    def values(self):
        self._settle()
        with _Iterating(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        self._settle()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self._settle()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        self._settle()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        self._settle()
        self.data.clear()


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def on_death(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self._died(k)

        self._remove = on_death
        self._start()
        if dict is not None:
            self.update(dict)

    def _forget(self, wr):
        try:
            del self.data[wr]
        except KeyError:
            pass

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __setitem__(self, key, value):
        self._settle()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _Iterating(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Iterating(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _Iterating(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._settle()
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._settle()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._settle()
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._settle()
        self.data.clear()


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when
    obj dies or, if it is still alive then and `atexit` is true, at interpreter exit
    (newest first). Calling the finalizer runs it early; detach() cancels it."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _next_index = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the callback now unless it already ran or was detached; returns its
        result, or None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) and the finalizer is dead; None if it was."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while the finalizer is alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        pending.sort()
        return [f for _, f in pending]

    @classmethod
    def _exitfunc(cls):
        # At exit: the finalizers still alive and marked for it, newest first; those
        # that others' callbacks make are picked up on the next round.
        try:
            if cls._registry:
                import gc
                enabled = gc.isenabled()
                if enabled:
                    gc.disable()
                try:
                    pending = None
                    while True:
                        if pending is None or finalize._dirty:
                            pending = cls._select_for_exit()
                            finalize._dirty = False
                        if not pending:
                            break
                        f = pending.pop()
                        try:
                            f()
                        except Exception:
                            sys.excepthook(*sys.exc_info())
                        assert f not in cls._registry
                finally:
                    if enabled:
                        gc.enable()
        finally:
            finalize._shutdown = True
