# CPython's tempfile module, its pure-Python source unmodified, on hotpy: mkstemp, mkdtemp, TemporaryDirectory, NamedTemporaryFile
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import tempfile
assert tempfile.__file__.startswith("/usr/lib/python3.11/"), tempfile.__file__
import os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', delete=False) as f:
        f.write('data'); f.seek(0); print(f.read(), f.name.endswith('.txt'))
    fd, path = tempfile.mkstemp(dir=d); os.write(fd, b'xy'); os.close(fd); print(os.path.getsize(path))
print(os.path.exists(d), os.path.isdir(tempfile.gettempdir()))
with tempfile.TemporaryFile() as t:
    t.write(b'abc'); t.seek(0); print(t.read())
