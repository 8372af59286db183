# CPython's os, posixpath, stat, shutil and tempfile (unmodified, from /usr/lib/python3.11) over hotpy's posix: walk, copy, copytree, rmtree, move, which, disk_usage, mkdtemp
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import os, stat, shutil, tempfile
base = tempfile.mkdtemp(prefix='hotpy-os-')
os.makedirs(os.path.join(base, 'src', 'sub'))
with open(os.path.join(base, 'src', 'a.txt'), 'w') as f:
    f.write('alpha')
os.symlink('a.txt', os.path.join(base, 'src', 'link'))
shutil.copy(os.path.join(base, 'src', 'a.txt'), os.path.join(base, 'src', 'sub'))
shutil.copy2(os.path.join(base, 'src', 'a.txt'), os.path.join(base, 'b.txt'))
print(os.stat(os.path.join(base, 'b.txt')).st_mtime == os.stat(os.path.join(base, 'src', 'a.txt')).st_mtime)
shutil.copytree(os.path.join(base, 'src'), os.path.join(base, 'dst'), symlinks=True)
print(sorted((os.path.relpath(t, base), sorted(d), sorted(f)) for t, d, f in os.walk(base)))
print(os.path.islink(os.path.join(base, 'dst', 'link')), stat.filemode(os.lstat(os.path.join(base, 'dst', 'link')).st_mode)[0])
shutil.move(os.path.join(base, 'b.txt'), os.path.join(base, 'dst', 'moved.txt'))
print(sorted(os.listdir(os.path.join(base, 'dst'))))
print(shutil.which('sh') is not None, shutil.disk_usage(base).total > 0, shutil.get_terminal_size((7, 3)))
shutil.rmtree(os.path.join(base, 'dst'))
shutil.rmtree(base)
print(os.path.exists(base))
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.listdir(d))
print(os.path.exists(d))
