# Text files in UTF-16/32: one byte order mark per file, lines and characters read as in UTF-8 files.
import io
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"):
    with open("u.txt", "w", encoding=enc) as f:
        f.write("héllo\n")
        f.write("wörld \U0001f600\r\nlast")
    print(enc, open("u.txt", "rb").read()[:12])
    with open("u.txt", encoding=enc) as f:
        print(f.readline(), f.read(3), list(f))
    with open("u.txt", encoding=enc, newline="") as f:
        print(f.readlines())
    print(repr(open("u.txt", encoding=enc).read()))
t = io.TextIOWrapper(io.BytesIO("a\nb\n".encode("utf-16")), encoding="utf-16")
print(list(t))
