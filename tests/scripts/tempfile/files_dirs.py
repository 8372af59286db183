# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile, gettempdir
import os, tempfile
print(tempfile.gettempdir() == os.path.realpath(tempfile.gettempdir()) or tempfile.gettempdir(), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt', prefix='hp-')
print(os.path.basename(path).startswith('hp-'), path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777), os.path.isabs(path))
os.write(fd, b'abc'); os.close(fd)
print(open(path).read()); os.unlink(path)
d = tempfile.mkdtemp(prefix='hpd-')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.path.basename(d).startswith('hpd-'))
with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.log') as f:
    f.write('line1\nline2\n'); f.seek(0)
    print(f.read().split(), os.path.dirname(f.name) == d, os.path.exists(f.name), f.name.endswith('.log'))
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(dir=d, delete=False)
f.write(b'keep'); f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read()); os.unlink(f.name)
with tempfile.TemporaryFile() as t:
    t.write(b'xyz'); t.seek(0); print(t.read(), os.listdir(d))
with tempfile.TemporaryDirectory(dir=d) as inner:
    open(os.path.join(inner, 'f'), 'w').close()
    print(os.path.isdir(inner), os.listdir(inner))
print(os.path.exists(inner))
td = tempfile.TemporaryDirectory(dir=d)
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name)); td.cleanup(); print(os.path.exists(td.name))
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('short'); print(s._rolled); s.write('x' * 20); print(s._rolled); s.seek(0); print(s.read())
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)
os.rmdir(d)
