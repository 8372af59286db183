# Closed and wrong-mode files: the errors each kind of file raises (text, buffered binary, FileIO), as CPython.
import io
f = open("m.txt", "w"); f.close()
for name in ("read", "readline", "write", "tell", "seek", "flush", "fileno", "isatty", "truncate", "__iter__", "__enter__"):
    try:
        m = getattr(f, name)
        m("x") if name == "write" else m(0) if name == "seek" else m()
    except Exception as e:
        print(name, type(e).__name__, e)
for mode in ("rb", "wb", "rb+"):
    g = open("m.txt", mode); g.close()
    for name in ("read", "write", "tell", "fileno", "peek", "read1", "flush"):
        try:
            m = getattr(g, name)
            m(b"x") if name == "write" else m()
        except Exception as e:
            print(mode, name, type(e).__name__, e)
r = io.FileIO("m.txt"); r.close()
for name in ("read", "write", "tell", "fileno", "readall"):
    try:
        m = getattr(r, name)
        m(b"x") if name == "write" else m()
    except Exception as e:
        print("FileIO", name, type(e).__name__, e)
w = open("m.txt", "w")
for name in ("read", "readline"):
    try:
        getattr(w, name)()
    except Exception as e:
        print("w", name, type(e).__name__, e)
rr = open("m.txt", "rb")
try:
    rr.write(b"x")
except Exception as e:
    print("rb write", type(e).__name__, e)
print(repr(open("m.txt")), repr(open("m.txt", "rb")), repr(open("m.txt", "rb", buffering=0)))
