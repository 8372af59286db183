"""Text documentation of Python objects: what help() shows.

hotpy's own small pydoc, written for hotpy: plain text only, in the layout of
CPython's pydoc text renderer (functions with their signature and docstring,
classes with their methods and attributes, modules with their classes,
functions and data). It depends on nothing but builtins and sys, because most of
CPython's standard library is not there to lean on.

help(thing) renders thing and hands the text to pager(); hotpy's builtin help
object replaces pager with one that pages on a terminal.
"""

import sys

from _pydoc_introspect import (
    BuiltinFunctionType, FunctionType, GetSetDescriptorType, MethodType, ModuleType, PropertyType,
    class_signature, is_class, is_data, is_routine, module_name_of, module_of, own_doc,
    short_repr, classname, getdoc, signature_text, splitdoc, visiblename)

__all__ = ['help', 'render_doc', 'getdoc', 'signature_text', 'pager']

# Between the parts of a class's documentation.
RULE = '-' * 70


# ---------------------------------------------------------------------------
# The text renderer

def indent(text, prefix='    '):
    if not text:
        return ''
    lines = [prefix + line for line in text.split('\n')]
    lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def section(title, contents):
    return title + '\n' + indent(contents).rstrip() + '\n\n'


def document(obj, name=None, mod=None, cl=None):
    if isinstance(obj, ModuleType):
        return docmodule(obj, name)
    if is_class(obj):
        return docclass(obj, name, mod)
    if is_routine(obj):
        return docroutine(obj, name, mod, cl)
    if isinstance(obj, PropertyType):
        return docdata(obj, name)
    return docother(obj, name, mod)


def docroutine(obj, name=None, mod=None, cl=None):
    realname = getattr(obj, '__name__', None) or name
    name = name or realname
    note = ''
    skipdocs = False
    if isinstance(obj, MethodType):
        owner_class = obj.__self__.__class__
        if cl:
            if owner_class is not cl:
                note = ' from ' + classname(owner_class, mod)
        else:
            note = ' method of %s instance' % classname(owner_class, mod)
    if name == realname:
        title = realname
    else:
        if cl is not None and cl.__dict__.get(realname) is obj:
            skipdocs = True
        title = name + ' = ' + realname
    argspec = signature_text(obj)
    if argspec and realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    if argspec is None:
        argspec = '(...)'
    decl = title + argspec + note
    if skipdocs:
        return decl + '\n'
    doc = getdoc(obj) or ''
    return decl + '\n' + (doc and indent(doc).rstrip() + '\n')


def docdata(obj, name=None, mod=None, cl=None, doc=None):
    lines = []
    if name:
        lines.append(name + '\n')
    doc = doc if doc is not None else (getdoc(obj) or '')
    if doc:
        lines.append(indent(doc) + '\n')
    return ''.join(lines)


def docother(obj, name=None, mod=None, maxlen=None, doc=None):
    shown = short_repr(obj)
    if maxlen:
        line = (name and name + ' = ' or '') + shown
        over = maxlen - len(line)
        if over < 0:
            shown = shown[:over] + '...'
    line = (name and name + ' = ' or '') + shown
    if not doc:
        doc = getdoc(obj)
    if doc:
        line += '\n' + indent(str(doc)) + '\n'
    return line


def _classify(cls):
    """(name, kind, defining class, value) for each attribute cls has, as
    inspect.classify_class_attrs sorts them."""
    result = []
    seen = set()
    for home in cls.__mro__:
        for name in list(home.__dict__):
            if name in seen:
                continue
            seen.add(name)
            value = home.__dict__[name]
            if isinstance(value, staticmethod):
                kind = 'static method'
            elif isinstance(value, classmethod):
                kind = 'class method'
            elif isinstance(value, PropertyType):
                kind = 'readonly property' if value.fset is None else 'data descriptor'
            elif is_routine(value):
                kind = 'method'
            elif isinstance(value, GetSetDescriptorType) or hasattr(type(value), '__set__'):
                kind = 'data descriptor'
            else:
                kind = 'data'
            result.append((name, kind, home, value))
    return result


def _split(items, predicate):
    chosen, rest = [], []
    for item in items:
        (chosen if predicate(item) else rest).append(item)
    return chosen, rest


def _descriptor_doc(name, value):
    return getdoc(value) or ''


def docclass(obj, name=None, mod=None):
    realname = obj.__name__
    name = name or realname
    title = ('class ' + realname) if name == realname else (name + ' = class ' + realname)
    own_module = module_name_of(obj)
    if obj.__bases__:
        title += '(%s)' % ', '.join(classname(base, own_module) for base in obj.__bases__)
    contents = []
    push = contents.append
    argspec = class_signature(obj)
    if argspec and argspec != '()':
        push(name + argspec + '\n')
    doc = getdoc(obj)
    if doc:
        push(doc + '\n')
    mro = list(obj.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + classname(base, own_module))
        push('')

    rule_needed = [False]

    def start_part(heading):
        if rule_needed[0]:
            push(RULE)
        rule_needed[0] = True
        push(heading)

    def spill_routines(heading, attrs, kind):
        chosen, attrs = _split(attrs, lambda a: a[1] == kind)
        if chosen:
            start_part(heading)
            for attr_name, _, _, _ in chosen:
                push(document(getattr(obj, attr_name), attr_name, mod, obj))
        return attrs

    def spill_descriptors(heading, attrs, kind):
        chosen, attrs = _split(attrs, lambda a: a[1] == kind)
        if chosen:
            start_part(heading)
            for attr_name, _, _, value in chosen:
                push(docdata(value, attr_name, doc=_descriptor_doc(attr_name, value)))
        return attrs

    def spill_data(heading, attrs):
        chosen, attrs = _split(attrs, lambda a: a[1] == 'data')
        if chosen:
            start_part(heading)
            for attr_name, _, home, value in chosen:
                value_doc = getdoc(value)
                try:
                    shown = getattr(obj, attr_name)
                except AttributeError:
                    shown = home.__dict__[attr_name]
                push(docother(shown, attr_name, mod, maxlen=70, doc=value_doc) + '\n')
        return attrs

    attrs = [a for a in _classify(obj) if visiblename(a[0], obj=obj)]
    while attrs:
        this_class = mro.pop(0) if mro else attrs[0][2]
        attrs, inherited = _split(attrs, lambda a: a[2] is this_class)
        if obj is not object and this_class is object:
            attrs = inherited
            continue
        if this_class is obj:
            tag = 'defined here'
        else:
            tag = 'inherited from ' + classname(this_class, own_module)
        attrs.sort(key=lambda a: a[0])
        attrs = spill_routines('Methods %s:\n' % tag, attrs, 'method')
        attrs = spill_routines('Class methods %s:\n' % tag, attrs, 'class method')
        attrs = spill_routines('Static methods %s:\n' % tag, attrs, 'static method')
        attrs = spill_descriptors('Readonly properties %s:\n' % tag, attrs, 'readonly property')
        attrs = spill_descriptors('Data descriptors %s:\n' % tag, attrs, 'data descriptor')
        attrs = spill_data('Data and other attributes %s:\n' % tag, attrs)
        attrs = inherited

    text = '\n'.join(contents)
    if not text:
        return title + '\n'
    return title + '\n' + indent(text.rstrip(), ' |  ') + '\n'


def _class_tree(classes):
    """Nested [(class, bases), [children...]] lists, as inspect.getclasstree
    makes them with unique=True."""
    children = {}
    roots = []
    for cls in classes:
        if cls.__bases__:
            for parent in cls.__bases__:
                kids = children.setdefault(parent, [])
                if cls not in kids:
                    kids.append(cls)
                if parent in classes:
                    break
        elif cls not in roots:
            roots.append(cls)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walk_tree(roots, children)


def _walk_tree(classes, children):
    result = []
    classes.sort(key=lambda c: (module_name_of(c), c.__name__))
    for cls in classes:
        result.append((cls, cls.__bases__))
        if cls in children:
            result.append(_walk_tree(children[cls], children))
    return result


def _format_tree(tree, modname, parent=None, prefix=''):
    text = ''
    last = None
    for entry in tree:
        if type(entry) is tuple:
            cls, bases = entry
            last = cls
            text += prefix + classname(cls, modname)
            if bases and bases != (parent,):
                text += '(%s)' % ', '.join(classname(base, modname) for base in bases)
            text += '\n'
        else:
            text += _format_tree(entry, modname, last, prefix + '    ')
    return text


def _module_file(module):
    path = getattr(module, '__file__', None)
    if not isinstance(path, str):
        return '(built-in)'
    return path


def docmodule(module, name=None, mod=None):
    name = module.__name__
    synopsis, description = splitdoc(getdoc(module) or '')
    text = section('NAME', name + (synopsis and ' - ' + synopsis))
    public = getattr(module, '__all__', None)
    if description:
        text += section('DESCRIPTION', description)
    members = sorted(module.__dict__.items(), key=lambda item: item[0])
    classes, funcs, data = [], [], []
    for key, value in members:
        if not visiblename(key, public, module):
            continue
        if is_class(value):
            if public is not None or (module_of(value) or module) is module:
                classes.append((key, value))
        elif is_routine(value):
            if (public is not None or isinstance(value, BuiltinFunctionType)
                    or module_of(value) is module):
                funcs.append((key, value))
        elif is_data(value):
            data.append((key, value))
    submodules = [key for key, value in members
                  if isinstance(value, ModuleType) and value.__name__.startswith(name + '.')]
    if hasattr(module, '__path__'):
        # CPython lists the package's folder; hotpy cannot list folders yet, so the
        # contents are the submodules imported so far.
        contents = []
        for key in submodules:
            is_package = hasattr(getattr(module, key), '__path__')
            contents.append(key + (' (package)' if is_package else ''))
        text += section('PACKAGE CONTENTS', '\n'.join(sorted(contents)))
        submodules = []
    if submodules:
        text += section('SUBMODULES', '\n'.join(submodules))
    if classes:
        contents = [_format_tree(_class_tree([value for _, value in classes]), name)]
        contents += [document(value, key, name) for key, value in classes]
        text += section('CLASSES', '\n'.join(contents))
    if funcs:
        text += section('FUNCTIONS', '\n'.join(document(value, key, name) for key, value in funcs))
    if data:
        contents = [docother(value, key, name, maxlen=70) for key, value in data]
        text += section('DATA', '\n'.join(contents))
    for attr, heading in (('__version__', 'VERSION'), ('__date__', 'DATE'),
                          ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
        if hasattr(module, attr):
            text += section(heading, str(getattr(module, attr)))
    text += section('FILE', _module_file(module))
    return text


# ---------------------------------------------------------------------------
# help()

def describe(thing):
    if isinstance(thing, ModuleType):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if isinstance(thing, BuiltinFunctionType):
        return 'built-in function ' + thing.__name__
    if is_class(thing):
        return 'class ' + thing.__name__
    if isinstance(thing, FunctionType):
        return 'function ' + thing.__name__
    if isinstance(thing, MethodType):
        return 'method ' + thing.__name__
    return type(thing).__name__


class ErrorDuringImport(Exception):
    def __init__(self, name, exc):
        self.text = 'problem in %s - %s: %s' % (name, type(exc).__name__, exc)

    def __str__(self):
        return self.text


def _not_found(name):
    return ImportError('No Python documentation found for %r.\n'
                       'Use help() to get the interactive help utility.\n'
                       'Use help(str) for help on the str class.' % name)


def locate(path):
    """The object a dotted name names: the longest importable module prefix, then
    attributes; a bare name may also be a builtin. None when nothing matches."""
    parts = [part for part in path.split('.') if part]
    module = None
    used = 0
    while used < len(parts):
        name = '.'.join(parts[:used + 1])
        try:
            __import__(name)
        except ImportError as exc:
            if getattr(exc, 'name', None) not in (name, None) or sys.modules.get(name) is not None:
                raise ErrorDuringImport(name, exc)
            break
        except Exception as exc:
            raise ErrorDuringImport(name, exc)
        module = sys.modules[name]
        used += 1
    if module is None:
        import builtins
        found = builtins
    else:
        found = module
    for part in parts[used:]:
        try:
            found = getattr(found, part)
        except AttributeError:
            return None
    return found


def resolve(thing):
    if isinstance(thing, str):
        found = locate(thing)
        if found is None:
            raise _not_found(thing)
        return found, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s'):
    obj, name = resolve(thing)
    desc = describe(obj)
    module = module_of(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module is not None and module is not obj:
        desc += ' in module ' + module.__name__
    if not (isinstance(obj, (ModuleType, PropertyType)) or is_class(obj) or is_routine(obj)
            or own_doc(obj)):
        # A plain value or an instance: its class says what it can do.
        obj = type(obj)
        desc += ' object'
    return title % desc + '\n\n' + document(obj, name)


def pager(text):
    """Writes text to sys.stdout; hotpy's help replaces it with a pager for
    terminals."""
    sys.stdout.write(text)


def doc(thing, title='Python Library Documentation: %s'):
    try:
        pager(render_doc(thing, title))
    except (ImportError, ErrorDuringImport) as exc:
        print(exc)


_INTRO = '''
Welcome to hotpy's help utility, for Python %d.%d.

Enter the name of any module, function or class to get its documentation:
"sys", "len", "str.split" or the name of a module of your own. Help on
objects is also available from the interpreter: help(object). To return
to the interpreter, type "quit" or an empty line.
'''

_OUTRO = '''
You are now leaving help and returning to the hotpy interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
'''


def interact():
    """The help> prompt: each line names something to document, until 'quit',
    an empty line or the end of input."""
    sys.stdout.write(_INTRO % sys.version_info[:2])
    while True:
        try:
            request = input('\nhelp> ')
        except (EOFError, KeyboardInterrupt):
            print()
            break
        request = request.strip()
        if len(request) > 2 and request[0] == request[-1] and request[0] in '\'"':
            request = request[1:-1].strip()
        if not request or request.lower() in ('q', 'quit'):
            break
        if request == 'help':
            sys.stdout.write(_INTRO % sys.version_info[:2])
        else:
            doc(request, 'Help on %s:')
    sys.stdout.write(_OUTRO)


def help(*args):
    """help(thing) shows thing's documentation; help() starts the help> prompt."""
    if not args:
        interact()
        return
    if len(args) > 1:
        raise TypeError('help() takes at most 1 argument (%d given)' % len(args))
    request = args[0]
    if isinstance(request, str):
        request = request.strip() or str
    if isinstance(request, str) and request == 'help':
        sys.stdout.write(_INTRO % sys.version_info[:2])
    else:
        doc(request, 'Help on %s:')
    sys.stdout.write('\n')
