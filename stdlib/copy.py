"""Shallow and deep copies of any object.

copy(x) makes a new compound object holding the same members as x; deepcopy(x)
copies the members too, recursively, each object once (a memo dict maps the id of
every original to its copy, so shared and recursive structures stay shared).

A class controls its copies with __copy__() and __deepcopy__(memo); otherwise the
pickle protocol (__reduce_ex__, copyreg.dispatch_table) says how to rebuild it.
"""

import types
import weakref

try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}


class Error(Exception):
    pass


error = Error  # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _reduce(x, cls, kind):
    """x's pickle reduction: the copyreg table's, else __reduce_ex__(4), else __reduce__()."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(f"un({kind})copyable object of type {cls}")


def _same_object(x, memo=None):
    return x


# Immutable types copy to themselves.
_ATOMIC_TYPES = (type(None), int, float, bool, complex, str, bytes, type, range,
                 types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                 types.FunctionType, types.CodeType, weakref.ref, property)

_copy_dispatch = {t: _same_object for t in _ATOMIC_TYPES + (tuple, frozenset, slice)}
_copy_dispatch.update({list: list.copy, dict: dict.copy, set: set.copy,
                       bytearray: bytearray.copy})


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduction = _reduce(x, cls, "shallow")
    if isinstance(reduction, str):
        return x  # a global name: the object is its own copy
    return _reconstruct(x, None, *reduction)


def _deepcopy_list(x, memo, deepcopy):
    result = []
    memo[id(x)] = result  # registered first: x may contain itself
    result.extend(deepcopy(item, memo) for item in x)
    return result


def _deepcopy_tuple(x, memo, deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # Copying an item may have copied x itself through a cycle.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deepcopy_dict(x, memo, deepcopy):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deepcopy_set(x, memo, deepcopy):
    # What set.__reduce__ gives pickle, built directly: hotpy's sets do not reduce.
    return type(x)([deepcopy(item, memo) for item in x])


def _deepcopy_method(x, memo, deepcopy):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: lambda x, memo, deepcopy: x for t in _ATOMIC_TYPES}
_deepcopy_dispatch.update({list: _deepcopy_list, tuple: _deepcopy_tuple,
                           dict: _deepcopy_dict, types.MethodType: _deepcopy_method,
                           set: _deepcopy_set, frozenset: _deepcopy_set})
del _deepcopy_dispatch[property]


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        result = copier(x, memo, deepcopy)
    elif issubclass(cls, type):
        result = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            result = copier(memo)
        else:
            reduction = _reduce(x, cls, "deep")
            if isinstance(reduction, str):
                result = x
            else:
                result = _reconstruct(x, memo, *reduction)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Keep x alive while memo is in use: the memo is keyed by id(), and a freed
    original's id could be reused by another object during the same copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Rebuild an object from its pickle reduction, copying the parts when deep."""
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
