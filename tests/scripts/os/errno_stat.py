# errno names and errorcode, OSError(errno, ...) choosing its subclass, and the stat module's tests and filemode
import errno, os, stat

for name in ['ENOENT', 'EEXIST', 'EACCES', 'EPERM', 'EAGAIN', 'EWOULDBLOCK', 'EINTR', 'ENOTDIR', 'EISDIR', 'EPIPE',
             'ECHILD', 'ESRCH', 'ETIMEDOUT', 'ECONNREFUSED', 'EDEADLK', 'EDEADLOCK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOTEMPTY']:
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], type(OSError(code, os.strerror(code))).__name__)
print(len(errno.errorcode) > 100, all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(os.strerror(errno.ENOENT), os.strerror(0))
for m in [0o100755, 0o40700 | 0o1000, 0o120777, 0o104755, 0o102644, 0o41000, 0o7000, 0, 0o10644, 0o140600, 0o60660, 0o20620]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISFIFO(m),
          stat.S_ISSOCK(m), stat.S_ISBLK(m), stat.S_ISCHR(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IFDIR, stat.UF_HIDDEN)
import _stat
print(_stat.filemode(0o7000), _stat.filemode(0o100644), _stat.S_ISDIR(0o40000), _stat.S_IFMT(0o100644), _stat.S_IMODE(0o104755))
