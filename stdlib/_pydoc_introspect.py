"""What pydoc needs to know about objects, for hotpy's stdlib/pydoc.py: their
kind and module, their docstrings (cleaned, or inherited from the method they
override), short reprs of values with pydoc's limits, and signatures rendered as
inspect.signature renders them (hotpy has no inspect module).
"""

import sys

def _sample_function():
    pass


class _Sample:
    def method(self):
        pass


FunctionType = type(_sample_function)
MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
MethodDescriptorType = type(str.join)
SlotWrapperType = type(object.__init__)
GetSetDescriptorType = type(FunctionType.__dict__['__name__'])
ModuleType = type(sys)
PropertyType = property

# Docstrings of object's slots: a method that a class defines without a docstring
# shows the one of the method it overrides, and object's are the ones every class
# reaches (CPython's inspect.getdoc looks them up the same way).
_OBJECT_SLOT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__new__': 'Create and return a new object.  See help(type) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__format__': 'Default object formatter.',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
}

# Names that say where an object comes from rather than what it does.
_HIDDEN_NAMES = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
                 '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
                 '__path__', '__qualname__', '__slots__', '__version__'}

# ---------------------------------------------------------------------------
# What kind of thing is it

def is_routine(obj):
    return isinstance(obj, (FunctionType, MethodType, BuiltinFunctionType, MethodDescriptorType,
                            SlotWrapperType))


def is_class(obj):
    return isinstance(obj, type)


def is_data(obj):
    return not (isinstance(obj, ModuleType) or is_class(obj) or is_routine(obj))


def module_name_of(obj):
    """The __module__ of obj as a string, or None (builtin types keep theirs in
    the type, not their dict)."""
    if is_class(obj):
        name = obj.__dict__.get('__module__')
        return name if isinstance(name, str) else 'builtins'
    if isinstance(obj, BuiltinFunctionType):
        owner = getattr(obj, '__self__', None)
        if isinstance(owner, ModuleType):
            return owner.__name__
        import builtins
        if getattr(builtins, obj.__name__, None) is obj:
            return 'builtins'
        return None
    if isinstance(obj, (FunctionType, MethodType, ModuleType)):
        name = getattr(obj, '__module__', None)
    else:
        # An instance has the __module__ its class defines; CPython's builtin classes
        # define none (hotpy's exceptions say 'builtins').
        name = type(obj).__dict__.get('__module__')
        if name == 'builtins':
            return None
    return name if isinstance(name, str) else None


def module_of(obj):
    if isinstance(obj, ModuleType):
        return obj
    name = module_name_of(obj)
    return sys.modules.get(name) if name else None


def classname(cls, modname):
    name = cls.__name__
    owner = module_name_of(cls)
    if owner != modname:
        name = owner + '.' + name
    return name


def visiblename(name, all=None, obj=None):
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


# ---------------------------------------------------------------------------
# Docstrings

def cleandoc(doc):
    """A docstring without the indentation of its continuation lines and
    without blank lines around it."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines = [lines[0]] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def own_doc(obj):
    """obj's docstring, unless it only repeats its class's (an instance's)."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    if obj is not type and not is_class(obj) and type(obj).__doc__ == doc:
        return None
    return doc


def _inherited_doc(obj):
    """The docstring of the method obj overrides, for a method without one."""
    func = obj.__func__ if isinstance(obj, MethodType) else obj
    if not isinstance(func, FunctionType):
        return None
    name = func.__name__
    qualname = func.__qualname__
    owner_name = qualname[:-len(name) - 1] if qualname.endswith('.' + name) else None
    if not owner_name or '.' in owner_name:
        return None
    owner = getattr(module_of(func), owner_name, None)
    if not is_class(owner):
        return None
    for base in owner.__mro__[1:]:
        if base is object:
            return _OBJECT_SLOT_DOCS.get(name)
        if name in base.__dict__:
            doc = own_doc(base.__dict__[name])
            if doc is not None:
                return doc
    return None


def _source_lines(path):
    try:
        with open(path) as source:
            return source.read().splitlines(True)
    except (OSError, UnicodeDecodeError, TypeError):
        return None


def _indent_size(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _leading_comments(lines):
    """A module's comment block: the first comment lines after a #! line and
    blank or bare '#' lines."""
    start = 1 if lines and lines[0][:2] == '#!' else 0
    while start < len(lines) and lines[start].strip() in ('', '#'):
        start += 1
    comments = []
    while start < len(lines) and lines[start][:1] == '#':
        comments.append(lines[start].expandtabs())
        start += 1
    return comments


def _comments_above(lines, index):
    """The comment lines right above lines[index], at its indentation."""
    indent = _indent_size(lines[index])
    comments = []
    above = index - 1
    while above >= 0 and lines[above].lstrip()[:1] == '#' and _indent_size(lines[above]) == indent:
        comments.insert(0, lines[above].expandtabs().lstrip())
        above -= 1
    return comments


def getcomments(obj):
    """The comments that stand for a missing docstring, as inspect.getcomments
    finds them: a module's leading comment block, or the block right above a
    function's def (or its first decorator). None for anything else."""
    while isinstance(obj, MethodType):
        obj = obj.__func__
    if isinstance(obj, ModuleType):
        lines = _source_lines(getattr(obj, '__file__', None))
        comments = _leading_comments(lines) if lines else []
    elif isinstance(obj, FunctionType):
        code = obj.__code__
        lines = _source_lines(code.co_filename)
        index = code.co_firstlineno - 1
        if not lines or not 0 < index < len(lines):
            return None
        comments = _comments_above(lines, index)
    else:
        return None
    while comments and comments[0].strip() == '#':
        comments.pop(0)
    while comments and comments[-1].strip() == '#':
        comments.pop()
    return ''.join(comments) or None


def getdoc(obj):
    """pydoc's docstring of obj: its own (or, for a method, the overridden one's)
    cleaned, else its comments; None when it has neither."""
    doc = own_doc(obj)
    if doc is None and is_routine(obj):
        doc = _inherited_doc(obj)
    doc = cleandoc(doc) if doc is not None else None
    if not doc:
        doc = getcomments(obj)
    if not doc:
        return None
    doc = doc.rstrip()
    blank = len(doc) - len(doc.lstrip(' '))
    if doc[blank:blank + 1] == '\n':
        doc = doc[blank + 1:]
    return doc or None


def splitdoc(doc):
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


# ---------------------------------------------------------------------------
# Short reprs of values (reprlib's limits, as pydoc uses them)

_MAX_STRING = _MAX_OTHER = 100
_MAX_LEVEL = 6
_MAX_ITEMS = {list: 20, tuple: 20, set: 6, frozenset: 6, dict: 10}


def _cram(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _strip_id(text):
    """Drops the ' at 0x...' address from a default repr."""
    at = text.rfind(' at 0x')
    if at < 0 or not text.endswith('>'):
        return text
    digits = text[at + 6:].rstrip('>')
    if 6 <= len(digits) <= 16 and all(c in '0123456789abcdef' for c in digits):
        return text[:at] + text[at + 6 + len(digits):]
    return text


def short_repr(value, level=_MAX_LEVEL):
    kind = type(value)
    if kind is str:
        shown = _cram(value, _MAX_STRING)
        text = repr(shown)
        if '\\' in shown and '\\' not in text.replace('\\\\', ''):
            return 'r' + text[0] + shown + text[0]
        return text
    if kind is int:
        text = repr(value)
        return _cram(text, 40) if len(text) > 40 else text
    if kind in _MAX_ITEMS:
        return _container_repr(value, kind, level)
    try:
        text = repr(value)
    except Exception as exc:
        return '<%s instance at %#x>' % (kind.__name__, id(value))
    return _cram(_strip_id(text), _MAX_OTHER)


def _container_repr(value, kind, level):
    if not value:
        return repr(value)
    if kind is list:
        left, right = '[', ']'
    elif kind is tuple:
        left, right = '(', ',)' if len(value) == 1 else ')'
    elif kind is dict or kind is set:
        left, right = '{', '}'
    else:
        left, right = kind.__name__ + '({', '})'
    if level <= 0:
        return left + '...' + right
    limit = _MAX_ITEMS[kind]
    items = list(value)
    if kind in (set, frozenset):
        try:
            items = sorted(items)
        except Exception:
            pass
    if kind is dict:
        try:
            items = sorted(items)
        except Exception:
            pass
        parts = [short_repr(k, level - 1) + ': ' + short_repr(value[k], level - 1)
                 for k in items[:limit]]
    else:
        parts = [short_repr(item, level - 1) for item in items[:limit]]
    if len(items) > limit:
        parts.append('...')
    return left + ', '.join(parts) + right


# ---------------------------------------------------------------------------
# Signatures, as inspect.signature prints them

def _annotation_text(annotation):
    if is_class(annotation):
        module = module_name_of(annotation)
        if module == 'builtins':
            return annotation.__qualname__
        return module + '.' + annotation.__qualname__
    return repr(annotation)


def _parameters(func):
    """(kind, name, default or _NO_DEFAULT, annotation or _NO_DEFAULT) for each
    parameter of a Python function; kind is '/', '', '*', 'kw' or '**'."""
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        default = defaults[i - first_default] if i >= first_default else _NO_DEFAULT
        params.append(('/' if i < nposonly else '', names[i], default))
    index = npos + nkwonly
    if code.co_flags & 0x4:
        params.append(('*', names[index], _NO_DEFAULT))
        index += 1
    for name in names[npos:npos + nkwonly]:
        params.append(('kw', name, kwdefaults.get(name, _NO_DEFAULT)))
    if code.co_flags & 0x8:
        params.append(('**', names[index], _NO_DEFAULT))
    return [(kind, name, default, annotations.get(name, _NO_DEFAULT))
            for kind, name, default in params]


class _NoDefault:
    pass


_NO_DEFAULT = _NoDefault()


def _format_parameters(params, returns=None):
    parts = []
    open_positional_only = False
    keyword_marker_needed = True
    for kind, name, default, annotation in params:
        text = name
        if annotation is not _NO_DEFAULT:
            text += ': ' + _annotation_text(annotation)
        if default is not _NO_DEFAULT:
            text += (' = ' if annotation is not _NO_DEFAULT else '=') + repr(default)
        if kind == '/':
            open_positional_only = True
        elif open_positional_only:
            parts.append('/')
            open_positional_only = False
        if kind == '*':
            keyword_marker_needed = False
            text = '*' + text
        elif kind == '**':
            text = '**' + text
        elif kind == 'kw' and keyword_marker_needed:
            parts.append('*')
            keyword_marker_needed = False
        parts.append(text)
    if open_positional_only:
        parts.append('/')
    text = '(' + ', '.join(parts) + ')'
    if returns is not None:
        text += ' -> ' + _annotation_text(returns)
    return text


def _signature_params(obj):
    """The parameters of a callable that has a Python signature, the bound first
    one dropped for a bound method, or None."""
    bound = False
    while isinstance(obj, MethodType):
        bound = True
        obj = obj.__func__
    if not isinstance(obj, FunctionType):
        return None, None
    params = _parameters(obj)
    if bound and params and params[0][0] in ('/', ''):
        params = params[1:]
    annotations = getattr(obj, '__annotations__', None) or {}
    return params, annotations.get('return')


def signature_text(obj):
    """'(a, b=1, *args, c, **kw)' for a callable with a Python signature, else None."""
    if is_class(obj):
        return class_signature(obj)
    params, returns = _signature_params(obj)
    if params is None:
        return None
    return _format_parameters(params, returns)


def class_signature(cls):
    """A class's call signature: its own or inherited __new__ or __init__ written
    in Python, without the class or instance parameter."""
    for base in cls.__mro__:
        if base is object:
            return None
        for name in ('__new__', '__init__'):
            method = base.__dict__.get(name)
            if isinstance(method, staticmethod):
                method = method.__func__
            if isinstance(method, FunctionType):
                params, returns = _signature_params(method)
                if params and params[0][0] in ('/', ''):
                    params = params[1:]
                return _format_parameters(params)
    return None
