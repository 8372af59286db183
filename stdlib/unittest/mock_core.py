"""The mock classes and patch() of unittest.mock (re-exported by it)."""

import sys

from .util import safe_repr
from .mock import (_Call, _CallList, _format_call_signature, _SentinelObject, DEFAULT,
                   _ASSERT_TYPOS, _MAGIC_DEFAULTS, _MAGICS)

__unittest = True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                              and issubclass(obj, BaseException))


class _MagicProxy:
    """A magic method slot on a mock class: reading it gives the instance's child mock for
    that method (or the function assigned to it, bound)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        child = obj._mock_children.get(self.name)
        if child is None:
            if not obj._mock_magics_wanted():
                raise AttributeError(self.name)
            child = obj._mock_magic_child(self.name)
        if not isinstance(child, NonCallableMock):
            return child.__get__(obj, owner) if hasattr(child, '__get__') else child
        return child


_INTERNALS = {'_mock_children', '_mock_parent', '_mock_name', '_mock_new_name',
              '_mock_new_parent', '_mock_return_value', '_mock_side_effect', '_mock_wraps',
              '_mock_methods', '_spec_class', '_spec_set', 'called', 'call_count',
              'call_args', 'call_args_list', 'mock_calls', 'method_calls', '_mock_magics',
              '_mock_unsafe', '_mock_sealed'}


class NonCallableMock(object):
    """A mock that records attribute use; Mock adds calling."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, return_value=DEFAULT,
                 side_effect=None, **kwargs):
        setattr_ = object.__setattr__
        setattr_(self, '_mock_children', {})
        setattr_(self, '_mock_parent', parent)
        setattr_(self, '_mock_name', name)
        setattr_(self, '_mock_new_name', _new_name)
        setattr_(self, '_mock_new_parent', _new_parent)
        setattr_(self, '_mock_return_value', return_value)
        setattr_(self, '_mock_wraps', wraps)
        setattr_(self, '_mock_unsafe', unsafe)
        setattr_(self, '_mock_sealed', False)
        spec = spec_set if spec_set is not None else spec
        methods = None
        spec_class = None
        if spec is not None:
            if isinstance(spec, (list, tuple)) and all(isinstance(x, str) for x in spec):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
        setattr_(self, '_mock_methods', methods)
        setattr_(self, '_spec_class', spec_class)
        setattr_(self, '_spec_set', spec_set is not None)
        self._mock_reset_calls()
        setattr_(self, '_mock_side_effect', None)
        if side_effect is not None:
            self.side_effect = side_effect
        self.configure_mock(**kwargs)

    def _mock_magics_wanted(self):
        return False

    def _mock_reset_calls(self):
        setattr_ = object.__setattr__
        setattr_(self, 'called', False)
        setattr_(self, 'call_count', 0)
        setattr_(self, 'call_args', None)
        setattr_(self, 'call_args_list', _CallList())
        setattr_(self, 'mock_calls', _CallList())
        setattr_(self, 'method_calls', _CallList())

    @property
    def __class__(self):
        spec_class = object.__getattribute__(self, '_spec_class')
        return type(self) if spec_class is None else spec_class

    def _full_name(self):
        """'mock.foo', 'mock()', 'name().bar': how the mock reads in reprs."""
        parts = []
        node = self
        dot = ''
        while node is not None:
            if node._mock_new_parent is None:
                parts.append((node._mock_name or 'mock') + dot)
                break
            new_name = node._mock_new_name
            parts.append(new_name + dot)
            dot = '' if new_name == '()' else '.'
            node = node._mock_new_parent
        return ''.join(reversed(parts))

    def __repr__(self):
        name = self._full_name()
        name_part = '' if name == 'mock' and self._mock_name is None else " name=%r" % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = ' spec%s=%r' % ('_set' if self._spec_set else '',
                                        self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def configure_mock(self, **kwargs):
        for arg, value in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, value)

    def _get_child_mock(self, **kw):
        klass = type(self)
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            klass = MagicMock
        elif klass is NonCallableMock:
            klass = Mock
        return klass(**kw)

    def __getattr__(self, name):
        if name in _INTERNALS or (name.startswith('__') and name.endswith('__')
                                  and name not in _MAGICS):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _MAGICS:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name in _MAGICS:
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(_ASSERT_TYPOS):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the '
                                 f'mock if {name!r} is meant to be an attribute.')
        children = self._mock_children
        child = children.get(name)
        if child is DEFAULT:
            raise AttributeError(name)
        if child is None:
            if self._mock_sealed:
                raise AttributeError(self._full_name() + '.' + name)
            wraps = getattr(self._mock_wraps, name) if self._mock_wraps is not None else None
            child = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                         _new_parent=self)
            children[name] = child
        return child

    def _mock_magic_child(self, name):
        child = self._mock_children.get(name)
        if child is None:
            child = MagicMock(parent=self, name=name, _new_name=name, _new_parent=self)
            if name in _MAGIC_DEFAULTS:
                child.return_value = _MAGIC_DEFAULTS[name]
            elif name in ('__iter__', '__aiter__'):
                wrap = iter if name == '__iter__' else (lambda it: _AsyncIterator(iter(it)))

                def iterate(child=child, wrap=wrap):
                    configured = child._mock_return_value
                    return wrap([] if configured is DEFAULT else configured)
                child.side_effect = iterate
            elif name == '__hash__':
                child.return_value = object.__hash__(self)
            elif name == '__str__':
                child.return_value = object.__str__(self)
            elif name == '__sizeof__':
                child.return_value = object.__sizeof__(self)
            elif name == '__fspath__':
                child.return_value = f'{type(self).__name__}/{self._full_name()}/{id(self)}'
            elif name in ('__eq__', '__ne__'):
                equal = name == '__eq__'

                def compare(other, equal=equal, child=child):
                    if child._mock_return_value is not DEFAULT:
                        return child._mock_return_value
                    return (self is other) == equal
                child.side_effect = compare
            self._mock_children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _INTERNALS or name in ('return_value', 'side_effect', '__class__'):
            if name == '__class__':
                object.__setattr__(self, '_spec_class', value)
                return
            return object.__setattr__(self, name, value)
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods \
                and name not in self.__dict__:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS:
            # The value lives in this mock's children; the class only holds the proxy.
            self._mock_children[name] = value
            if not isinstance(type(self).__dict__.get(name), _MagicProxy):
                setattr(type(self), name, _MagicProxy(name))
            return
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None \
                and value._mock_parent is None and value._mock_name is None \
                and not self._mock_has_ancestor(value):
            object.__setattr__(value, '_mock_parent', self)
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_name', name)
            object.__setattr__(value, '_mock_new_name', name)
            self._mock_children[name] = value
            return
        self._mock_children.pop(name, None)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__ and name not in _INTERNALS:
            object.__delattr__(self, name)
        self._mock_children[name] = DEFAULT

    @property
    def return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            object.__setattr__(self, '_mock_return_value', ret)
        return ret

    @return_value.setter
    def return_value(self, value):
        if (isinstance(value, NonCallableMock) and value._mock_new_parent is None
                and value._mock_parent is None and not self._mock_has_ancestor(value)):
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_new_name', '()')
        object.__setattr__(self, '_mock_return_value', value)

    def _mock_has_ancestor(self, candidate):
        """Is candidate this mock or one it descends from (no parent cycles)?"""
        node = self
        while node is not None:
            if node is candidate:
                return True
            node = node._mock_new_parent
        return False

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        object.__setattr__(self, '_mock_side_effect', value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        self._mock_reset_calls()
        if return_value:
            object.__setattr__(self, '_mock_return_value', DEFAULT)
        if side_effect:
            object.__setattr__(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not self:
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {safe_repr(self.mock_calls)}.'

    def _name_for_messages(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._name_for_messages(), self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % self._name_for_messages())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._name_for_messages(), self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        expected = self._format_mock_call_signature(args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        if self.call_args != _Call((args, kwargs), two=True):
            actual = self._format_mock_call_signature(*self.call_args)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, actual))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._name_for_messages(), self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %s%s'
                                     % (_CallList(calls),
                                        self._calls_repr(prefix='  Actual').rstrip('.')))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r '
                                 'instead' % (self._mock_name or 'mock', tuple(not_found),
                                              remaining))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs))

    def _mock_add_spec(self, spec, spec_set=False):
        object.__setattr__(self, '_mock_methods', dir(spec))
        object.__setattr__(self, '_spec_class', spec if isinstance(spec, type) else type(spec))
        object.__setattr__(self, '_spec_set', spec_set)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        for attr in ('_mock_parent', '_mock_new_parent'):
            object.__setattr__(mock, attr, None)
        object.__setattr__(mock, '_mock_name', None)
        setattr(self, attribute, mock)

    def __dir__(self):
        extras = self._mock_methods or []
        children = [name for name, child in self._mock_children.items() if child is not DEFAULT]
        return sorted(set(extras + children + list(type(self).__dict__)
                          + list(self.__dict__)))


class _CallMixin:
    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(args, kwargs)
        return self._execute_mock_call(args, kwargs)

    def _increment_mock_call(self, args, kwargs):
        object.__setattr__(self, 'called', True)
        object.__setattr__(self, 'call_count', self.call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        object.__setattr__(self, 'call_args', this_call)
        self.call_args_list.append(this_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(_CallMixin, NonCallableMock):
    """A callable mock: calls return return_value (a child Mock by default) or what
    side_effect says, and are recorded in call_args, call_args_list and mock_calls."""


class NonCallableMagicMock(NonCallableMock):
    """A non-callable MagicMock."""

    def _mock_magics_wanted(self):
        return True


class MagicMock(_CallMixin, NonCallableMagicMock):
    """A Mock with the magic methods configured (len() is 0, iter() is empty, ...)."""


for _magic in _MAGICS:
    setattr(NonCallableMagicMock, _magic, _MagicProxy(_magic))
del _magic


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            raise StopAsyncIteration


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting calls it, setting calls it with
    the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stops mock (and its children) from making new attributes."""
    object.__setattr__(mock, '_mock_sealed', True)
    for child in mock._mock_children.values():
        if isinstance(child, NonCallableMock):
            seal(child)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock with spec's attributes (calls are not signature-checked here)."""
    klass = MagicMock if callable(spec) or isinstance(spec, type) else NonCallableMagicMock
    if spec_set:
        kwargs['spec_set'] = spec
    else:
        kwargs['spec'] = spec
    return klass(name=_name, **kwargs)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): the handle reads read_data and records writes."""
    state = {'data': read_data}

    def lines():
        data = state['data']
        sep = b'\n' if isinstance(data, bytes) else '\n'
        parts = data.split(sep)
        return [p + sep for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    remaining = []

    def reset():
        remaining[:] = lines()

    def read(*args):
        result = (b'' if isinstance(read_data, bytes) else '').join(remaining)
        if args and args[0] is not None and args[0] >= 0:
            result, rest = result[:args[0]], result[args[0]:]
            remaining[:] = [rest] if rest else []
        else:
            remaining[:] = []
        return result

    def readline(*args):
        return remaining.pop(0) if remaining else (b'' if isinstance(read_data, bytes) else '')

    def readlines(*args):
        result = list(remaining)
        remaining[:] = []
        return result

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lambda: iter(readlines())

    def opened(*args, **kwargs):
        reset()
        return DEFAULT
    mock.side_effect = opened
    mock.return_value = handle
    return mock


from .mock_patch import patch  # noqa: E402
