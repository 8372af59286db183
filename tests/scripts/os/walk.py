# os.makedirs/walk/removedirs: top-down with pruning, bottom-up, symlinked directories, errors through onerror
import os

base = 'work-walk'
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b', 'c'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.filename)
os.makedirs(os.path.join(base, 'd'))
for f in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'd/three.txt']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)
os.symlink('a', os.path.join(base, 'link-to-a'))

def show(walker):
    rows = []
    for top, dirs, files in walker:
        rows.append((top, sorted(dirs), sorted(files)))
    return rows

for row in sorted(show(os.walk(base))):
    print(row)
print('-- bottom-up')
rows = show(os.walk(base, topdown=False))
for row in sorted(rows):
    print(row)
print(rows[-1][0] == base)
print('-- pruned')
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != 'a']
    print(top, sorted(dirs), sorted(files))
print('-- followlinks')
print(sorted(t for t, d, f in os.walk(base, followlinks=True)))
print('-- errors')
errors = []
print(list(os.walk('no-such-dir', onerror=errors.append)), [type(e).__name__ for e in errors])
print(list(os.walk(os.fsencode(os.path.join(base, 'd')))))

os.unlink(os.path.join(base, 'link-to-a'))
for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    for d in dirs:
        os.rmdir(os.path.join(top, d))
os.makedirs(os.path.join(base, 'x', 'y'))
os.removedirs(os.path.join(base, 'x', 'y'))
print(os.path.exists(base))
