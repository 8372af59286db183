"""The lines of source files, read once and kept.

traceback and warnings read the source line they show through here; checkcache()
drops entries whose file changed on disk.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazily loadable module's entry is a
# 1-tuple holding the function that returns its source.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(fullname):
    import os
    return os.stat(fullname)


def checkcache(filename=None):
    """Discard cache entries that are out of date (their file changed or vanished)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue  # lazily loaded or not from a file: nothing to compare
        size, mtime, _, fullname = entry
        try:
            st = _stat(fullname)
        except (OSError, ValueError, ImportError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _read_lines(fullname):
    with open(fullname, encoding='utf-8', errors='replace') as f:
        lines = f.readlines()
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        try:
            source = entry[0]()
        except (ImportError, OSError):
            source = None
        if source is not None:
            lines = source.splitlines(True)
            if lines and not lines[-1].endswith('\n'):
                lines[-1] += '\n'
            cache[filename] = (len(source), None, lines, filename)
            return lines
    candidates = [filename]
    if not filename.startswith('/'):
        candidates += [p + '/' + filename for p in sys.path if isinstance(p, str) and p]
    for fullname in candidates:
        try:
            lines = _read_lines(fullname)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        try:
            st = _stat(fullname)
            size, mtime = st.st_size, st.st_mtime
        except (OSError, ImportError, AttributeError):
            size, mtime = None, None
        cache[filename] = (size, mtime, lines, fullname)
        return lines
    return []


def lazycache(filename, module_globals):
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        spec = module_globals.get('__spec__')
        if spec is not None and getattr(spec, 'loader', None) is not None:
            loader = spec.loader
        get_source = getattr(loader, 'get_source', None)
        if get_source is not None:
            name = module_globals['__name__']
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
