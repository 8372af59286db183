"""patch(): replacing an attribute or dict items for the length of a test, a with block or
until stop() (re-exported by unittest.mock)."""


from .mock import DEFAULT
from .mock_core import MagicMock

__unittest = True

_active_patches = []


def _wraps(original):
    """Gives the wrapper original's name, docstring and attributes (functools.wraps)."""
    def decorate(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(original, attr))
            except AttributeError:
                pass
        wrapper.__dict__.update(getattr(original, '__dict__', {}))
        wrapper.__wrapped__ = original
        return wrapper
    return decorate


def _import_target(target):
    """(object, attribute) for a 'package.module.attribute' string."""
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}') from None
    parts = target.split('.')
    name = parts.pop(0)
    obj = __import__(name)
    for part in parts:
        name += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(name)
            obj = getattr(obj, part)
    return obj, attribute


class _Startable:
    """start()/stop(): a patch active outside any with block until stopped."""

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
        return self.__exit__(None, None, None)


class _Patch(_Startable):
    """One replacement of target.attribute, usable as decorator or context manager."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.is_local = False
        self.attribute_name = None
        self.is_started = False

    def copy(self):
        return _Patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith('test'):
                    method = getattr(func, name)
                    if callable(method):
                        setattr(func, name, self.copy()(method))
            return func
        patcher = self

        @_wraps(func)
        def patched(*args, **kwargs):
            with patcher.copy() as made:
                if patcher.new is DEFAULT:
                    args = args + (made,)
                return func(*args, **kwargs)
        return patched

    def _make_new(self, original):
        if self.new is not DEFAULT:
            return self.new
        factory = self.new_callable or MagicMock
        kwargs = dict(self.kwargs)
        spec = self.spec if self.spec is not True else original
        spec_set = self.spec_set if self.spec_set is not True else original
        if self.autospec not in (None, False):
            spec = original if self.autospec is True else self.autospec
        if spec is not None:
            kwargs['spec'] = spec
        if spec_set is not None:
            kwargs['spec_set'] = spec_set
        return factory(**kwargs)

    def __enter__(self):
        self.target = self.getter()
        try:
            self.original = self.target.__dict__[self.attribute] \
                if isinstance(self.target, type) and self.attribute in self.target.__dict__ \
                else getattr(self.target, self.attribute)
            self.is_local = (not isinstance(self.target, type)
                             or self.attribute in self.target.__dict__)
        except (AttributeError, KeyError):
            if not self.create:
                raise AttributeError(f'{self.target!r} does not have the attribute '
                                     f'{self.attribute!r}') from None
            self.original = DEFAULT
            self.is_local = False
        self.temp_original = self.original
        new = self._make_new(self.original if self.original is not DEFAULT else None)
        setattr(self.target, self.attribute, new)
        self.new_object = new
        self.is_started = True
        return new

    def __exit__(self, *exc_info):
        if not self.is_started:
            return False
        if self.is_local and self.original is not DEFAULT:
            setattr(self.target, self.attribute, self.original)
        else:
            try:
                delattr(self.target, self.attribute)
            except AttributeError:
                pass
            if self.original is not DEFAULT and not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.original)
        self.is_started = False
        return False


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replaces the object named by target ('package.module.name') with new (a MagicMock
    by default) inside the decorated function or with block."""
    obj, attribute = _import_target(target)
    return _Patch(lambda: obj, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _Patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _PatchDict(_Startable):
    """Sets items of a dict (or a dict named by a dotted string) and restores it after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith('test') and callable(getattr(f, name)):
                    setattr(f, name, self(getattr(f, name)))
            return f

        @_wraps(f)
        def patched(*args, **kw):
            with self:
                return f(*args, **kw)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            obj, attribute = _import_target(self.in_dict)
            self.in_dict = getattr(obj, attribute)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        obj, attribute = _import_target(target + '.x')
        target = obj
    patches = [_Patch(lambda: target, name, value, spec, create, spec_set, autospec,
                      new_callable, {}) for name, value in kwargs.items()]

    class _Multiple:
        def __enter__(self):
            return {p.attribute: p.__enter__() for p in patches}

        def __exit__(self, *exc):
            for p in reversed(patches):
                p.__exit__(*exc)
            return False

        def __call__(self, func):
            @_wraps(func)
            def patched(*args, **kw):
                with self as made:
                    kw.update({k: v for k, v in made.items()
                               if kwargs[k] is DEFAULT})
                    return func(*args, **kw)
            return patched
    return _Multiple()


def _patch_stopall():
    for p in reversed(list(_active_patches)):
        p.stop()


patch.object = _patch_object
patch.dict = _PatchDict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
