"""Path functions shared by posixpath and ntpath: the ones that only ask os.stat."""
import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(path):
    # A missing, unreadable or malformed path answers False, never raises.
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (a broken symlink does not)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether path is a regular file (following symlinks)."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s is a directory (following symlinks)."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file, in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time the file was last modified, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time the file was last read, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the file's last metadata change, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest string (or list) every item of m starts with."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low, high = min(m), max(m)
    # The smallest and largest share the prefix everything between them shares.
    n = 0
    while n < len(low) and n < len(high) and low[n] == high[n]:
        n += 1
    return low[:n]


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Splits p into (root, ext) at the last extsep of its last component; leading
    dots of the component are not an extension."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        start = last_sep + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raises TypeError unless args are all str or all bytes (path-likes allowed)."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
