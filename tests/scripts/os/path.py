# os.path (posixpath): string functions on str and bytes, file tests, realpath through symlinks, relpath, expanduser/expandvars
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.linesep == '\n', os.name)
for p in ['', '/', '//', '///', 'a', 'a/b', 'a/b/', '/a/b', '//a', '///a/../b', 'a/./b/../../..', '../x',
          'a//b', '.', '..', '/..', 'a/..', '/a/b.c/d.e', '.bashrc', 'x/.', 'x.tar.gz', 'a.', b'a/../b', b'']:
    print(repr(p), os.path.normpath(p), os.path.split(p), os.path.splitext(p), os.path.basename(p),
          os.path.dirname(p), os.path.isabs(p), os.path.splitdrive(p))
for args in [('a', 'b'), ('/a', '/b', 'c'), ('a/', 'b'), ('', ''), ('a', ''), (b'a', b'b'), ('a',), ('', 'x')]:
    print(args, os.path.join(*args))
for bad in [('a', b'b'), ('a', 1), (b'a', 'b')]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print(e)
for a, b in [('/a/b', '/a'), ('/x', '/x'), ('/a/b/c', '/a/d'), (b'/a', b'/b'), ('/', '/a/b')]:
    print(os.path.relpath(a, b))
try:
    os.path.relpath('')
except ValueError as e:
    print(e)
for ps in [['/a/b', '/a/c'], ['a/b', 'a'], ['/a'], ['a/./b', 'a/b/c'], [b'/x/y', b'/x'], ['/a/b', '/a/bc']]:
    print(os.path.commonpath(ps))
for ps in [[], ['/a', 'b']]:
    try:
        os.path.commonpath(ps)
    except ValueError as e:
        print(e)
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr']), repr(os.path.commonprefix([])))

os.environ['HOME'] = '/home/someone/'
os.environ['HP_X'] = 'val'
for p in ['$HP_X', '${HP_X}/a', '$HP_NONE/$', 'a$', '${HP_X', '$HP_X$HP_X', '$HP_X.txt', b'$HP_X/b', '~', '~/x', 'a~', b'~/a']:
    print(repr(p), repr(os.path.expandvars(p)), repr(os.path.expanduser(p)))

base = 'work-path'
os.makedirs(os.path.join(base, 'a', 'b'))
with open(os.path.join(base, 'f'), 'w') as f:
    f.write('12345')
os.symlink('a/b', os.path.join(base, 'l1'))
os.symlink('loop2', os.path.join(base, 'loop1'))
os.symlink('loop1', os.path.join(base, 'loop2'))
os.symlink('..', os.path.join(base, 'a', 'up'))
here = os.getcwd()
def rel(p):
    return os.path.relpath(p, here) if isinstance(p, str) else p
for p in ['f', 'a', 'l1', 'loop1', 'nope', 'a/up/f', 'a/up/a/up/l1/../f']:
    full = os.path.join(base, p)
    print(p, os.path.exists(full), os.path.isdir(full), os.path.isfile(full), os.path.islink(full),
          os.path.lexists(full), rel(os.path.realpath(full)), rel(os.path.abspath(full)))
print(os.path.getsize(os.path.join(base, 'f')), os.path.samefile(os.path.join(base, 'l1'), os.path.join(base, 'a', 'b')))
print(os.path.ismount('/'), os.path.ismount(base))
os.utime(os.path.join(base, 'f'), (100, 200))
print(os.path.getmtime(os.path.join(base, 'f')), os.path.getatime(os.path.join(base, 'f')))
try:
    os.path.getsize('nope')
except FileNotFoundError as e:
    print(e)
for p in ['l1', 'loop1', 'loop2', 'a/up', 'f']:
    os.unlink(os.path.join(base, p))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))
