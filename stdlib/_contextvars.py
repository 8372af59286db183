"""Context variables (PEP 567), the module CPython writes in C: ContextVar, Token,
Context and copy_context. hotpy runs one thread, so the current context is one per
interpreter. A context's mapping is copied when a variable is set in it, so a
copy_context() snapshot never changes afterwards (CPython shares structure instead)."""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()
_GenericAlias = type(list[int])


class Context:
    """A mapping of ContextVars to their values; Context.run(f) makes it current for f."""

    __slots__ = ("_vars", "_prev", "_entered", "__weakref__")

    def __init__(self):
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        self._prev, self._entered = _current, True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current, self._prev, self._entered = self._prev, None, False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        vars = dict(ctx._vars)
        vars[self] = value
        ctx._vars = vars
        return Token(ctx, self, old, _internal=True)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        vars = dict(_current._vars)
        if token._old is Token.MISSING:
            vars.pop(self, None)
        else:
            vars[self] = token._old
        _current._vars = vars
        token._used = True

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)


class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")
    MISSING = type("Token.MISSING", (), {"__repr__": lambda self: "<Token.MISSING>"})()

    def __init__(self, ctx=None, var=None, old=None, *, _internal=False):
        if not _internal:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._ctx, self._var, self._old, self._used = ctx, var, old, False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
