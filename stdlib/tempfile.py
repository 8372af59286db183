"""Temporary files and directories: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
TemporaryDirectory, SpooledTemporaryFile."""

import os
import io
import errno

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'template',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_TEXT_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, 'O_NOFOLLOW', 0) \
    | getattr(os, 'O_CLOEXEC', 0)
_BIN_FLAGS = _TEXT_FLAGS | getattr(os, 'O_BINARY', 0)


def _random_name():
    return ''.join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in os.urandom(8))


def _candidate_dirs():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.getenv(name)
        if value:
            yield value
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        yield os.getcwd()
    except (AttributeError, OSError):
        yield os.curdir


def _find_tempdir():
    for directory in _candidate_dirs():
        if directory != os.curdir:
            directory = os.path.abspath(directory)
        for _ in range(100):
            path = os.path.join(directory, _random_name())
            try:
                fd = os.open(path, _BIN_FLAGS, 0o600)
                try:
                    os.write(fd, b'blat')
                finally:
                    os.close(fd)
                    os.unlink(path)
                return directory
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(errno.ENOENT, 'No usable temporary directory found in %s'
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory for temporary files (chosen once: $TMPDIR, $TEMP, $TMP, /tmp, ...)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    """prefix, suffix, dir with defaults filled in, all of one type (str or bytes)."""
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    is_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b'' if is_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if is_bytes else template
    if dir is None:
        dir = gettempdirb() if is_bytes else gettempdir()
    return prefix, suffix, dir, is_bytes


def _create(prefix, suffix, dir, make):
    """Tries random names with make(path) until one is new; returns (make's result, path)."""
    prefix, suffix, dir, is_bytes = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if is_bytes:
            name = name.encode()
        path = os.path.join(dir, prefix + name + suffix)
        try:
            return make(path), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable only by its owner; returns (open fd, absolute path)."""
    flags = _TEXT_FLAGS if text else _BIN_FLAGS
    fd, path = _create(prefix, suffix, dir, lambda p: os.open(p, flags, 0o600))
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory usable only by its owner; returns its absolute path."""
    _, path = _create(prefix, suffix, dir, lambda p: os.mkdir(p, 0o700))
    return os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(errno.EEXIST, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object with a name that deletes the file when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._cleanup()

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        yield from self.file

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper file=%r name=%r>' % (self.file, self.name)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted on close when delete is true."""
    if 'b' not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                       errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once, the data lives until closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                       errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """A file kept in memory until it grows past max_size (or fileno() is asked for)."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = io.BytesIO() if 'b' in mode else io.StringIO(newline='\n')
        self._max_size = max_size
        self._args = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                          encoding=encoding, newline=newline, dir=dir, errors=errors)

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        self._file = TemporaryFile(**self._args)
        self._file.write(memory.getvalue())
        self._file.seek(memory.tell(), 0)
        self._rolled = True

    def _check(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def write(self, s):
        result = self._file.write(s)
        self._check()
        return result

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._check()

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def __getattr__(self, name):
        return getattr(self._file, name)

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()


class TemporaryDirectory:
    """A directory made by mkdtemp and removed, with its contents, by cleanup() or on exit."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True

    def __del__(self):
        try:
            if not self._removed and os.path.exists(self.name):
                self.cleanup()
        except Exception:
            pass
