"""Object-oriented filesystem paths: PurePath/PurePosixPath for path arithmetic,
Path/PosixPath adding the filesystem operations (POSIX only)."""

import os
import fnmatch
from stat import S_ISDIR, S_ISREG, S_ISLNK

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _parse_posix(text):
    """(root, [parts]) of a POSIX path: '//' stays a distinct root, '.' parts go."""
    root = ''
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    return root, [part for part in text.split('/') if part and part != '.']


class _Parents:
    """The logical ancestors of a path, as a sequence: parents[0] is the parent."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._path._from_parts(self._path._root, self._path._tail[:self._count - 1 - index])

    def __iter__(self):
        return (self[i] for i in range(self._count))

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path that only does arithmetic on its text, never touching the filesystem."""


    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, tail = '', []
        for arg in args:
            if isinstance(arg, PurePath):
                arg_root, arg_tail = arg._root, arg._tail
            else:
                text = os.fspath(arg)
                if not isinstance(text, str):
                    raise TypeError('argument should be a str object or an os.PathLike object '
                                    'returning str, not %r' % type(text))
                arg_root, arg_tail = _parse_posix(text)
            if arg_root:
                root, tail = arg_root, list(arg_tail)
            else:
                tail.extend(arg_tail)
        return cls._from_parts(root, tail)

    @classmethod
    def _from_parts(cls, root, tail):
        self = object.__new__(cls)
        self._root, self._tail = root, tuple(tail)
        self._str = None
        self._hash = None
        return self

    def _derive(self, root, tail):
        return self._from_parts(root, tail)

    def __reduce__(self):
        return self.__class__, tuple(self.parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        raw = os.fsencode(str(self))
        return 'file://' + ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in raw)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __lt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self.parts >= other.parts

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._tail

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._derive(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._derive(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        return self._derive(self._root, self._tail[:-1] + ((name[:-len(old)] if old else name)
                                                           + suffix,))

    def relative_to(self, other, *_deprecated, walk_up=False):
        base = self._from_args((other,) + _deprecated)
        n = len(base._tail)
        if base._root != self._root or self._tail[:n] != base._tail:
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), str(base)))
        return self._from_parts('', self._tail[n:])

    def is_relative_to(self, other, *_deprecated):
        try:
            self.relative_to(other, *_deprecated)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Does the path match the glob-style pattern, compared from the right?"""
        pattern = self._from_args((path_pattern,))
        if not pattern.parts:
            raise ValueError('empty pattern')
        parts, pattern_parts = self.parts, pattern.parts
        if pattern._root:
            if len(pattern_parts) != len(parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class PureWindowsPath(PurePath):
    """Windows paths are not supported by hotpy's pathlib."""

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported')


class Path(PurePath):
    """A path on the local filesystem."""


    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        return self if self.is_absolute() else self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return self._from_args((os.path.realpath(self),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and S_ISDIR(mode)

    def is_file(self):
        mode = self._mode()
        return mode is not None and S_ISREG(mode)

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and S_ISLNK(mode)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return os.path.samestat(self.stat(), other)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parts(self._root, self._tail + (name,))

    def _child(self, name):
        return self._from_parts(self._root, self._tail + (name,))

    def glob(self, pattern):
        """Yields the existing paths under this one that match the relative pattern."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        root, parts = _parse_posix(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern.endswith('/'):
            parts.append('')
        yield from _select(self, parts)

    def rglob(self, pattern):
        """glob with '**/' in front of the pattern."""
        root, parts = _parse_posix(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from _select(self, ['**'] + parts)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._tail[0])
            if home.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return self._from_args((home,) + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A filesystem path on a POSIX system."""


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by hotpy's pathlib."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


def _scan(path):
    try:
        with os.scandir(path) as entries:
            return [(entry.name, entry.is_dir()) for entry in entries]
    except OSError:
        return []


def _select(path, parts):
    """Yields the paths under path that match the pattern parts, in directory order."""
    if not parts:
        yield path
        return
    head, rest = parts[0], parts[1:]
    if head == '**':
        seen = set()
        for directory in _walk_dirs(path):
            for found in _select(directory, rest):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif head == '':
        if path.is_dir():
            yield path
    elif head == '..' or not any(c in head for c in '*?['):
        child = path._child(head)
        if rest or child.exists():
            if not rest or child.is_dir():
                yield from _select(child, rest)
    else:
        for name, is_dir in _scan(path):
            if (rest and not is_dir) or not fnmatch.fnmatchcase(name, head):
                continue
            yield from _select(path._child(name), rest)


def _walk_dirs(path):
    """path and every directory below it (not following links into loops)."""
    yield path
    for name, is_dir in _scan(path):
        if is_dir:
            child = path._child(name)
            if not child.is_symlink():
                yield from _walk_dirs(child)
