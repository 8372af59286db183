"""High-level file operations: copying files and trees, removing trees, moving, which."""

import os
import sys
import fnmatch
import stat as _stat

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'SameFileError',
           'ignore_patterns', 'which', 'get_terminal_size', 'disk_usage', 'chown']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when copying a named pipe or another special file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an unpacker fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file-like fsrc into fdst."""
    length = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to dst (not the permissions); returns dst."""
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    for name in (src, dst):
        try:
            st = os.stat(name)
        except OSError:
            continue
        if _stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError('`%s` is a named pipe' % name)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc, open(dst, 'wb') as fdst:
        copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, _stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copies permission bits and access/modification times of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(st.st_mode))


def _into_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and permission bits; dst may be a directory. Returns the new file's path."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy, keeping the timestamps too."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree that skips names matching any of the glob patterns."""
    def _ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless dirs_exist_ok)."""
    names = sorted(entry.name for entry in os.scandir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        src_path, dst_path = os.path.join(src, name), os.path.join(dst, name)
        try:
            if os.path.islink(src_path):
                target = os.readlink(src_path)
                if symlinks:
                    os.symlink(target, dst_path)
                    continue
                if not os.path.exists(src_path):
                    if ignore_dangling_symlinks:
                        continue
            if os.path.isdir(src_path):
                copytree(src_path, dst_path, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(src_path, dst_path)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((src_path, dst_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Deletes the directory tree at path (symlinks are removed, not followed)."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        entries = list(os.scandir(path))
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Moves src to dst (into it, when dst is a directory); returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if os.path.abspath(real_dst).startswith(os.path.abspath(src) + os.sep):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def disk_usage(path):
    """(total, used, free) bytes of the filesystem holding path."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


class _ntuple_diskusage(tuple):
    def __new__(cls, total, used, free):
        return tuple.__new__(cls, (total, used, free))

    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return 'usage(total=%r, used=%r, free=%r)' % tuple(self)


def chown(path, user=None, group=None):
    """Changes the owner (numeric ids only here) of path."""
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    os.chown(path, -1 if user is None else user, -1 if group is None else group)


def get_terminal_size(fallback=(80, 24)):
    """os.terminal_size from $COLUMNS/$LINES, else the terminal on stdout, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        columns = columns if columns > 0 else size.columns or fallback[0]
        lines = lines if lines > 0 else size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _is_executable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The full path of the program cmd found on PATH (or path), or None."""
    if os.path.dirname(cmd):
        return cmd if _is_executable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fsdecode(path).split(os.pathsep):
        normdir = os.path.normcase(directory)
        if normdir in seen:
            continue
        seen.add(normdir)
        candidate = os.path.join(directory, cmd)
        if _is_executable(candidate, mode):
            return candidate
    return None
