# io.RawIOBase subclasses: read/readline/iteration from readinto, wrapped by BufferedReader and TextIOWrapper.
import io

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data, self.pos = data, 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

s = Source(b"line one\nline two\nlast")
print(s.readline(), s.read(3), s.readall(), s.read())
print(list(Source(b"a\nb\nc")), Source(b"xyz").readlines())
print(isinstance(s, io.IOBase), isinstance(s, io.RawIOBase), s.closed, s.seekable(), s.writable())
with Source(b"") as t:
    print(t.closed)
print(t.closed)
try:
    t.readline()
except ValueError as e:
    print("ValueError:", e)
try:
    Source(b"").seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    Source(b"").fileno()
except OSError as e:
    print("OSError:", e)
br = io.BufferedReader(Source(b"alpha\nbeta\ngamma"))
print(br.peek(1)[:1], br.read1(3), br.readline(), list(br))
tw = io.TextIOWrapper(io.BufferedReader(Source("héllo\r\nwörld\rend".encode("utf-8"))), encoding="utf-8")
print(tw.readlines(), tw.encoding)
sink = Sink()
bw = io.BufferedWriter(sink)
print(bw.write(b"abc"), sink.chunks)
bw.flush()
print(sink.chunks, bw.raw is sink)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="latin-1", newline="\r\n")
tw.write("a\nb\n")
tw.flush()
print(tw.buffer.raw.chunks)
try:
    io.BufferedReader(Sink())
except OSError as e:
    print("OSError:", e)

class Text(io.TextIOBase):
    pass
print(Text().encoding, Text().errors, Text().newlines)
try:
    Text().read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
