# posix file functions: mkdir/listdir/scandir/stat/rename/remove/symlink/utime on a work directory, and their OSErrors
import os, stat

base = 'work-files'
os.mkdir(base)
os.mkdir(os.path.join(base, 'sub'))
fd = os.open(os.path.join(base, 'a.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'))
os.close(fd)
fd = os.open(os.path.join(base, 'a.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100))
print(os.read(fd, 10))
st = os.fstat(fd)
os.close(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), len(st), st[6], type(st).__name__)
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))

# stat_result fields
st = os.stat(os.path.join(base, 'a.txt'))
print(st.st_size == st[stat.ST_SIZE], st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], type(st.st_mtime).__name__)
print(isinstance(st, tuple), st.st_nlink, st.st_blksize > 0, st.st_ino == st[1])

# utime, with ns and with seconds
path = os.path.join(base, 'a.txt')
os.utime(path, ns=(1_000_000_123, 2_000_000_456))
st = os.stat(path)
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
os.utime(path, (5, 6.5))
st = os.stat(path)
print(st.st_atime, st.st_mtime, st.st_mtime_ns)

# chmod, access, filemode
os.chmod(path, 0o640)
print(stat.filemode(os.stat(path).st_mode), oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.access(path, os.F_OK), os.access(path + 'x', os.F_OK), os.access(base, os.R_OK | os.X_OK))

# scandir and DirEntry
os.symlink('a.txt', os.path.join(base, 'link'))
os.symlink('missing', os.path.join(base, 'dangling'))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False),
          os.fspath(e) == e.path, e.inode() == e.stat(follow_symlinks=False).st_ino)
print([e.name for e in sorted(os.scandir(os.fsencode(base)), key=lambda e: e.name)][:2])
print(os.readlink(os.path.join(base, 'link')), os.readlink(os.fsencode(os.path.join(base, 'link'))))
print(os.stat(os.path.join(base, 'link')).st_size, stat.S_ISLNK(os.lstat(os.path.join(base, 'link')).st_mode))

# rename, replace, link, remove
os.rename(path, os.path.join(base, 'b.txt'))
os.link(os.path.join(base, 'b.txt'), os.path.join(base, 'c.txt'))
print(os.stat(os.path.join(base, 'c.txt')).st_nlink)
with open(os.path.join(base, 'd.txt'), 'w') as f:
    f.write('d')
os.replace(os.path.join(base, 'c.txt'), os.path.join(base, 'd.txt'))
print(sorted(os.listdir(base)), os.stat(os.path.join(base, 'd.txt')).st_size)

# errors carry errno, strerror and the file names
def show(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, '|', e)

show(os.stat, 'nope')
show(os.mkdir, base)
show(os.rmdir, os.path.join(base, 'b.txt'))
show(os.rmdir, base)
show(os.listdir, os.path.join(base, 'b.txt'))
show(os.rename, 'nope', 'nope2')
show(os.remove, os.path.join(base, 'sub'))
show(os.open, 'nope', os.O_RDONLY)
show(os.readlink, os.path.join(base, 'b.txt'))
show(os.close, 999)
show(os.chdir, 'nope')
show(os.lstat, b'nope')
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)

# truncate and ftruncate
os.truncate(os.path.join(base, 'b.txt'), 3)
print(os.stat(os.path.join(base, 'b.txt')).st_size)

# chdir and getcwd
here = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), os.getcwdb() == os.fsencode(os.getcwd()))
os.chdir(here)

for name in ('b.txt', 'd.txt', 'link', 'dangling'):
    os.unlink(os.path.join(base, name))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
