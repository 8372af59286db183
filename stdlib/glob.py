"""Pathname pattern expansion as the shell does it (*, ?, [seq] and recursive **)."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = frozenset('*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in directory order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Yields the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _glob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A leading '**' yields '' for the root itself, which is not a result.
        first = next(results, None)
        if first:
            yield first
    yield from results


def _join(root, path):
    return os.path.join(root, path) if root and path else root or path


def _exists(root, path, dironly):
    full = _join(root, path)
    return os.path.isdir(full) if dironly else os.path.lexists(full)


def _glob(pathname, root, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname, False):
                yield pathname
        elif _exists(root, dirname, True):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root, basename, dironly, include_hidden)
        else:
            yield from _glob_one(root, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            pick = _glob_recursive
        else:
            pick = _glob_one
    else:
        pick = _glob_literal
    for parent in dirs:
        for name in pick(_join(root, parent), basename, dironly, include_hidden):
            yield os.path.join(parent, name)


def _list(path, dironly):
    try:
        with os.scandir(path or os.curdir) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _glob_one(dirname, pattern, dironly, include_hidden):
    names = _list(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if not basename:
        return [basename] if os.path.isdir(dirname) else []
    return [basename] if _exists(dirname, basename, dironly) else []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _list(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            full = _join(dirname, name)
            if os.path.isdir(full):
                for sub in _walk(full, dironly, include_hidden):
                    yield os.path.join(name, sub)


def has_magic(s):
    """Does s contain any of the wildcard characters * ? [ ?"""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC for c in s)


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_recursive(pattern):
    return pattern in ('**', b'**')


def escape(pathname):
    """pathname with its wildcard characters made literal ([*] and so on)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in rest)
    else:
        rest = ''.join('[' + c + ']' if c in _MAGIC else c for c in rest)
    return drive + rest
