# CPython's glob module, its pure-Python source unmodified, on hotpy: glob patterns over a temporary tree
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import glob
assert glob.__file__.startswith("/usr/lib/python3.11/"), glob.__file__
import os, tempfile
d = tempfile.mkdtemp()
for name in ('a.py', 'b.py', 'c.txt', 'sub/d.py'):
    os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
    open(os.path.join(d, name), 'w').close()
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, '*.py'))), rel(glob.glob(os.path.join(d, '**', '*.py'), recursive=True)), glob.escape('a[b]'))
import shutil; shutil.rmtree(d); print(os.path.exists(d))
