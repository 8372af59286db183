"""Operating-system interfaces: the posix module's functions, os.path (posixpath),
the environment as a mapping of str, and the helpers built on them (makedirs,
walk, fsencode...)."""
import sys
import stat as st

from posix import *
from posix import _exit, _have_functions
import posix as _posix
import posixpath as path

name = 'posix'
linesep = '\n'
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'makedirs', 'removedirs', 'renames', 'walk',
           'getenv', 'getenvb', 'environ', 'environb', 'supports_bytes_environ', 'PathLike',
           '_exit']
__all__ += [n for n in dir(_posix) if not n.startswith('_')]


def _exists(name):
    return name in globals()


# Which functions take dir_fd, an fd for a path, effective_ids, or
# follow_symlinks=False, from what the posix module says it has.
def _functions_having(pairs):
    have = set(_have_functions)
    g = globals()
    return {g[fn] for flag, fn in pairs if flag in have and fn in g}


supports_dir_fd = _functions_having([
    ('HAVE_FACCESSAT', 'access'), ('HAVE_FCHMODAT', 'chmod'), ('HAVE_FCHOWNAT', 'chown'),
    ('HAVE_FSTATAT', 'stat'), ('HAVE_FUTIMESAT', 'utime'), ('HAVE_LINKAT', 'link'),
    ('HAVE_MKDIRAT', 'mkdir'), ('HAVE_MKFIFOAT', 'mkfifo'), ('HAVE_MKNODAT', 'mknod'),
    ('HAVE_OPENAT', 'open'), ('HAVE_READLINKAT', 'readlink'), ('HAVE_RENAMEAT', 'rename'),
    ('HAVE_SYMLINKAT', 'symlink'), ('HAVE_UNLINKAT', 'unlink'), ('HAVE_UNLINKAT', 'rmdir'),
    ('HAVE_UTIMENSAT', 'utime')])
supports_effective_ids = _functions_having([('HAVE_FACCESSAT', 'access')])
supports_fd = _functions_having([
    ('HAVE_FCHDIR', 'chdir'), ('HAVE_FCHMOD', 'chmod'), ('HAVE_FCHOWN', 'chown'),
    ('HAVE_FDOPENDIR', 'listdir'), ('HAVE_FDOPENDIR', 'scandir'), ('HAVE_FEXECVE', 'execve'),
    ('HAVE_FTRUNCATE', 'truncate'), ('HAVE_FUTIMENS', 'utime'), ('HAVE_FUTIMES', 'utime'),
    ('HAVE_FPATHCONF', 'pathconf'), ('HAVE_FSTATVFS', 'statvfs')])
supports_follow_symlinks = _functions_having([
    ('HAVE_FACCESSAT', 'access'), ('HAVE_FCHOWNAT', 'chown'), ('HAVE_FSTATAT', 'stat'),
    ('HAVE_LCHFLAGS', 'chflags'), ('HAVE_LCHMOD', 'chmod'), ('HAVE_LCHOWN', 'chown'),
    ('HAVE_LINKAT', 'link'), ('HAVE_LUTIMES', 'utime'), ('HAVE_LSTAT', 'stat'),
    ('HAVE_UTIMENSAT', 'utime')])
del _functions_having


# ---------------------------------------------------------------------------
# Directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and any missing parents; exist_ok: an existing directory is
    no error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile by someone else
        cdir = curdir.encode('ascii') if isinstance(tail, bytes) else curdir
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename(), making the new name's parents and removing the old one's emptied ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and each directory below it.
    Top-down, the caller may prune dirnames in place to skip subdirectories."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs, nondirs, walk_dirs = [], [], []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        while True:
            try:
                entry = next(entries)
            except StopIteration:
                break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                nondirs.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                # Bottom-up, whether to go in is decided now, from the entry.
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---------------------------------------------------------------------------
# The environment

def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError("%s expected, not %s" % (what, type(value).__name__))
    return value


def fsencode(filename):
    """A path as bytes (str encoded with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode(sys.getfilesystemencoding(), 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (bytes decoded with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode(sys.getfilesystemencoding(), 'surrogateescape')
    return filename


from _collections_abc import MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ and os.environb: a view of posix.environ (a dict of bytes) that
    encodes keys and values on the way in and decodes them on the way out, and
    tells the process (putenv/unsetenv) of every change."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self.encodekey(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        body = ', '.join('%r: %r' % (self.decodekey(k), self.decodevalue(v))
                         for k, v in self._data.items())
        return 'environ({%s})' % body

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _encode_str(value):
    return _check_str(value, 'str').encode(sys.getfilesystemencoding(), 'surrogateescape')


def _decode_str(value):
    return value.decode(sys.getfilesystemencoding(), 'surrogateescape')


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environ = _Environ(_posix.environ, _encode_str, _decode_str, _encode_str, _decode_str)
environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)
supports_bytes_environ = True


def getenv(key, default=None):
    """The environment variable key as str, or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes) as bytes, or default."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories a program name is looked up in (PATH of env or os.environ)."""
    if env is None:
        env = environ
    path_list = None
    for key in ('PATH', b'PATH'):
        try:
            value = env.get(key)
        except TypeError:
            continue
        if value is not None:
            if path_list is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            path_list = value
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ---------------------------------------------------------------------------
# Files

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open descriptor (the builtin open() of an int)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _fspath(path):
    return fspath(path)


try:
    from abc import ABC as _PathLikeBase, abstractmethod as _abstractmethod
except ImportError:
    _PathLikeBase = object

    def _abstractmethod(f):
        return f


class PathLike(_PathLikeBase):
    """What has an __fspath__ method giving str or bytes (any class defining it
    counts as a subclass)."""

    @_abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---------------------------------------------------------------------------
# The exec family on top of execv/execve: l takes the arguments one by one, p looks
# the program up on PATH, e ends with an environment.

def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    run = execv if env is None else (lambda path, argv: execve(path, argv, env))
    if path.dirname(file):
        run(file, args)
        return
    # The first error other than "not there" is the one reported, as CPython.
    saved_error = last_error = None
    for directory in get_exec_path(env):
        if isinstance(file, bytes):
            directory = fsencode(directory)
        try:
            run(path.join(directory, file), args)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_error = e
        except OSError as e:
            last_error = e
            if saved_error is None:
                saved_error = e
    raise saved_error or last_error
