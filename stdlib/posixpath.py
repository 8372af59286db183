"""Path names on POSIX systems (what os.path is): str or bytes paths, '/' separated."""
import os
import sys
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep',
           'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']


def _sep_of(path):
    """'/' in the path's own type."""
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Case is significant on POSIX: s as a str or bytes, unchanged."""
    return os.fspath(s)


def isabs(s):
    """Whether s starts at the root."""
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    """Joins components with '/'; an absolute component restarts the path."""
    a = os.fspath(a)
    sep = _sep_of(a)
    path = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is after the last '/', head before it (its trailing slashes
    removed unless it is all slashes)."""
    p = os.fspath(p)
    sep = _sep_of(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext) where ext is the last extension, with its dot ('' if none)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """POSIX has no drives: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of p (what follows the last '/')."""
    p = os.fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    """Everything before the final component, without trailing slashes."""
    return split(p)[0]


def islink(path):
    """Whether path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Whether path exists, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is itself."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        pst = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != pst.st_dev or st.st_ino == pst.st_ino


def expanduser(path):
    """Replaces a leading ~ or ~user by that user's home directory."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep_of(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if home is None and sys.platform == 'vxworks':
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Replaces $name and ${name} by the environment's values; unknown ones stay."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    if as_bytes:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        text = path
        environ = os.environ
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find('$', i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        if text.startswith('{', j + 1):
            end = text.find('}', j + 2)
            if end < 0:
                out.append(text[j:])
                break
            name, after = text[j + 2:end], end + 1
        else:
            k = j + 1
            while k < n and _is_name_char(text[k]):
                k += 1
            name, after = text[j + 1:k], k
            if not name:
                out.append('$')
                i = j + 1
                continue
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name.encode('latin-1'))]).decode('latin-1')
            elif as_bytes:
                value = environ[name.encode('latin-1')].decode('latin-1')
            else:
                value = environ[name]
        except KeyError:
            value = text[j:after]
        out.append(value)
        i = after
    result = ''.join(out)
    return result.encode('latin-1') if as_bytes else result


def normpath(path):
    """Removes redundant separators and '.' components, and folds 'x/..'."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes (they may mean something); three or
    # more are one.
    leading = 0
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * leading + sep.join(parts)
    return result or dot


def abspath(path):
    """path made absolute (from the current directory) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' folded."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Joins rest onto the resolved path, following each symlink met; seen maps a
    link being resolved to its result (None while in progress, to find loops).
    Returns (path, ok) where ok is False when a loop stopped the resolution."""
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)  # raises the loop's OSError
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        common = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - common) + path_list[common:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            absolute, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        low, high = min(split_paths), max(split_paths)
        common = low
        for i, c in enumerate(low):
            if c != high[i]:
                common = low[:i]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
