"""unittest.mock: Mock/MagicMock objects that record how they are used, patch(), call,
ANY, sentinel, mock_open and PropertyMock, with CPython's assertion messages."""

import sys

from .util import safe_repr

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'mock_open',
           'FILTER_DIR', 'seal')

FILTER_DIR = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """sentinel.anything is a unique, named object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY(object):
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args] + ['%s=%r' % (key, value)
                                           for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call (name, args, kwargs); `call` builds them for comparisons."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (value,) = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self[0], self[1], self[2]

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            (value,) = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = tuple.__hash__

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        name, args, kwargs = self._parts()
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
        elif not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        return _CallList([self])


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')
_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False}
_MAGICS = set(_MAGIC_DEFAULTS) | {
    '__iter__', '__enter__', '__str__', '__sizeof__', '__hash__', '__eq__', '__ne__',
    '__getitem__', '__setitem__', '__delitem__', '__call__', '__add__', '__sub__', '__mul__',
    '__truediv__', '__floordiv__', '__mod__', '__neg__', '__pos__', '__abs__', '__invert__',
    '__round__', '__trunc__', '__floor__', '__ceil__', '__fspath__', '__aenter__',
    '__aiter__', '__anext__'}


from .mock_core import (NonCallableMock, Mock, MagicMock, NonCallableMagicMock,  # noqa: E402
                        PropertyMock, patch, mock_open, create_autospec, seal)
