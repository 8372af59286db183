# shutil: copyfile/copy/copy2, copytree with ignore, rmtree, move, which, SameFileError, disk_usage, get_terminal_size
import os, shutil
base = '/tmp/hotpy-test-shutil-%d' % os.getpid()
rel = lambda p: p.replace(base, '<base>') if isinstance(p, str) else p
os.makedirs(base + '/src/sub')
for name, text in [('src/a.txt', 'A'), ('src/b.py', 'B'), ('src/sub/c.txt', 'C'), ('src/sub/d.pyc', 'D')]:
    with open(os.path.join(base, name), 'w') as f:
        f.write(text)
os.chmod(base + '/src/b.py', 0o751)
print(rel(shutil.copyfile(base + '/src/a.txt', base + '/a2.txt')), open(base + '/a2.txt').read())
print(rel(shutil.copy(base + '/src/b.py', base)), oct(os.stat(base + '/b.py').st_mode & 0o777))
print(rel(shutil.copy2(base + '/src/a.txt', base + '/a3.txt')), os.stat(base + '/a3.txt').st_mtime == os.stat(base + '/src/a.txt').st_mtime)
try:
    shutil.copyfile(base + '/a2.txt', base + '/a2.txt')
except shutil.SameFileError as e:
    print('SameFileError', rel(str(e)))
print(rel(shutil.copytree(base + '/src', base + '/dst', ignore=shutil.ignore_patterns('*.pyc'))))
for root, dirs, files in sorted(os.walk(base + '/dst')):
    print(rel(root), sorted(dirs), sorted(files))
try:
    shutil.copytree(base + '/src', base + '/dst')
except FileExistsError as e:
    print('FileExistsError', e.errno)
shutil.copytree(base + '/src', base + '/dst', dirs_exist_ok=True)
print(rel(shutil.move(base + '/a3.txt', base + '/dst')), os.path.exists(base + '/dst/a3.txt'))
print(rel(shutil.move(base + '/dst', base + '/moved')), sorted(os.listdir(base)))
shutil.rmtree(base + '/moved')
print(sorted(os.listdir(base)))
shutil.rmtree(base + '/nothing', ignore_errors=True)
try:
    shutil.rmtree(base + '/nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command'), rel(shutil.which('b.py', path=base)))
usage = shutil.disk_usage(base)
print(usage.total >= usage.used, len(usage), type(shutil.get_terminal_size()).__name__)
os.environ['COLUMNS'], os.environ['LINES'] = '100', '40'
print(tuple(shutil.get_terminal_size()))
shutil.rmtree(base)
print(os.path.exists(base))
