# io.BytesIO: read/readline/readlines/write past the end/seek/tell/truncate/getvalue, iteration, closed errors.
import io
b = io.BytesIO(b"one\ntwo\nthree")
print(b.read(2), b.readline(), b.tell(), b.readlines())
print(b.seek(0), b.readline(2), b.read(), b.read(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(2, 1), b.tell())
print(b.write(b"XY"), b.getvalue())
b.seek(1)
print(b.write(bytearray(b"--")), b.getvalue(), b.truncate(), b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell(), b.read())
print(list(io.BytesIO(b"a\nb\n\nc")), bytes(io.BytesIO(b"xyz").getbuffer()))
buf = bytearray(4)
r = io.BytesIO(b"abcdef")
print(r.readinto(buf), buf, r.read1(1), r.readable(), r.writable(), r.seekable(), r.isatty())
print(isinstance(r, io.BufferedIOBase), isinstance(r, io.IOBase), r.closed)
with io.BytesIO() as w:
    w.writelines([b"a", b"b"])
    print(w.getvalue())
print(w.closed)
for call in (w.read, w.getvalue, lambda: w.write(b"x"), w.tell, lambda: w.seek(0)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: io.BytesIO("text"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().read("x"), lambda: io.BytesIO().truncate(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
