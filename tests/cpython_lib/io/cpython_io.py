# CPython's own io.py runs on hotpy's _io (with /usr/lib/python3.11 first): its ABCs register the native classes.
import sys
sys.path.insert(0, "/usr/lib/python3.11")
path = "/usr/lib/python3.11/io.py"
m = type(sys)("cpython_io")
exec(compile(open(path).read(), path, "exec"), m.__dict__)
print(sorted(n for n in dir(m) if not n.startswith("__")))
print(isinstance(m.BytesIO(), m.BufferedIOBase), isinstance(open(__file__), m.TextIOBase), isinstance(sys.stdout, m.IOBase))
print(issubclass(m.FileIO, m.RawIOBase), issubclass(m.StringIO, m.TextIOBase), m.UnsupportedOperation.__module__)
class Source(m.RawIOBase):
    def __init__(self):
        self.data, self.pos = b"line1\nline2\n", 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
print(Source().readline(), list(m.BufferedReader(Source())), m.TextIOWrapper(m.BufferedReader(Source()), encoding="utf-8").readlines())
