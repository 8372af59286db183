# CPython's pathlib module, its pure-Python source unmodified, on hotpy: pure path manipulation and file operations
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import pathlib
assert pathlib.__file__.startswith("/usr/lib/python3.11/"), pathlib.__file__
import os, tempfile
p = pathlib.PurePosixPath('/usr/lib/python3.11/json/__init__.py')
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.with_suffix('.txt'), p.relative_to('/usr'), p.match('*.py'))
print(pathlib.PurePath('a') / 'b' / 'c.tar.gz', pathlib.PurePath('x/y.tar.gz').suffixes, pathlib.PurePath('/a').is_absolute())
d = pathlib.Path(tempfile.mkdtemp())
(d / 'sub').mkdir()
(d / 'sub' / 'f.txt').write_text('hello')
print((d / 'sub' / 'f.txt').read_text(), (d / 'sub').is_dir(), sorted(x.name for x in d.iterdir()), [x.name for x in d.rglob('*.txt')])
(d / 'sub' / 'f.txt').unlink(); (d / 'sub').rmdir(); d.rmdir(); print(d.exists())
