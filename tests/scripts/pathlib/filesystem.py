# pathlib Path: mkdir/exists/is_dir/is_file, read/write text and bytes, iterdir, glob/rglob, rename, unlink, rmdir, resolve
import os
from pathlib import Path
base = Path('/tmp/hotpy-test-pathlib-%d' % os.getpid())
show = lambda p: str(p).replace(str(base), '<base>')
(base / 'a' / 'b').mkdir(parents=True)
(base / 'a').mkdir(exist_ok=True)
try:
    (base / 'a').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
f = base / 'a' / 'note.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
(base / 'a' / 'b' / 'data.bin').write_bytes(b'\x00\x01')
(base / 'a' / 'b' / 'x.txt').touch()
(base / '.hidden.txt').write_text('h')
print(sorted(show(p) for p in base.iterdir()))
print(sorted(show(p) for p in base.glob('*')))
print(sorted(show(p) for p in base.glob('a/*.txt')))
print(sorted(show(p) for p in base.glob('**/*.txt')))
print(sorted(show(p) for p in base.rglob('*.txt')))
print(sorted(show(p) for p in base.glob('**')))
print(sorted(show(p) for p in base.glob('*/')))
g = f.rename(base / 'moved.txt')
print(show(g), g.exists(), f.exists())
with g.open() as fh:
    print(fh.readline().strip())
print(show((base / 'a' / '..' / 'moved.txt').resolve()), Path('.').resolve() == Path.cwd(), Path.home().is_absolute())
os.chdir(base)
print(Path('a').is_dir(), Path('a/b').absolute() == base / 'a' / 'b', Path('nope').exists(), Path('moved.txt').samefile(g))
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError:
    print('FileNotFoundError')
for p in [base / 'a' / 'b' / 'data.bin', base / 'a' / 'b' / 'x.txt', base / '.hidden.txt']:
    p.unlink()
(base / 'a' / 'b').rmdir()
(base / 'a').rmdir()
os.chdir('/')
base.rmdir()
print(base.exists())
