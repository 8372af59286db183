# io.StringIO(newline=...): write translation, where readline splits, and the newlines attribute.
import io
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    print("  write", s.write("x\ny\r\nz\r"), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("  lines", list(s), s.tell())
print(isinstance(io.StringIO(), io.TextIOBase), io.StringIO().newlines)
