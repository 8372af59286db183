# io.IncrementalNewlineDecoder: a "\r" at the end of a chunk waits for the next; newlines records what it saw.
import io
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c", final=True)), d.newlines)
print(d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n", final=True)), d.newlines)
d.reset()
print(d.newlines)
class Utf8:  # an incremental decoder, as codecs.getincrementaldecoder gives
    def __init__(self):
        self.pending = b""
    def decode(self, data, final=False):
        data = self.pending + data
        try:
            text, self.pending = data.decode(), b""
        except UnicodeDecodeError:
            text, self.pending = data[:-1].decode(), data[-1:]
        return text
d = io.IncrementalNewlineDecoder(Utf8(), translate=True)
print(repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9\r")), repr(d.decode(b"", final=True)), d.newlines)
