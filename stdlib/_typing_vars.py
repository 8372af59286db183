"""typing's type variables: TypeVar, ParamSpec (with P.args and P.kwargs) and
TypeVarTuple. Import them from typing."""

import typing as _typing
from typing import _Final, _Immutable, _type_check, _caller

__name__ = 'typing'  # the classes' __module__, as in CPython


class _BoundVarianceMixin:
    """Shared by TypeVar and ParamSpec: bound, variance, repr (~T, +T, -T), |."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None

    def __or__(self, right):
        return _typing.Union[self, right]

    def __ror__(self, left):
        return _typing.Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _DefinedInCaller:
    def _set_module(self):
        module = _caller(3)
        if module != 'typing':
            self.__module__ = module

    def __reduce__(self):
        return self.__name__


class TypeVar(_DefinedInCaller, _BoundVarianceMixin, _Final, _Immutable, _root=True):
    """Type variable.

    T = TypeVar('T') can stand for any type; TypeVar('S', int, str) only for one of
    the constraints; TypeVar('B', bound=Base) for subclasses of Base.
    """

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self._set_module()

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if ((isinstance(arg, _typing._GenericAlias) and arg.__origin__ is _typing.Unpack) or
                (isinstance(arg, _typing.GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_DefinedInCaller, _Final, _Immutable, _root=True):
    """Type variable tuple: a variadic type variable (PEP 646)."""

    def __init__(self, name):
        self.__name__ = name
        self._set_module()

    def __iter__(self):
        yield _typing.Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """The type of P.args: the positional arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """The type of P.kwargs: the keyword arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec(_DefinedInCaller, _BoundVarianceMixin, _Final, _Immutable, _root=True):
    """Parameter specification variable: the parameters of a callable, as in
    Callable[P, T] (PEP 612)."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        self._set_module()

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not _typing._is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {arg}")
        return arg
