# open(): every mode letter, buffering=0 (FileIO), closefd, opener, .buffer/.raw layering, and their messages.
import io
name = "modes.txt"
with open(name, "w") as f:
    print(type(f).__name__, f.mode, f.buffer.mode, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    f.write("one\n")
    f.buffer.write(b"two\n")
with open(name, "a") as f:
    f.write("three\n")
with open(name) as f:
    print(f.readlines())
with open(name, "r+") as f:
    print(f.read(3), type(f.buffer).__name__)
with open(name, "rb") as f:
    print(type(f).__name__, f.mode, f.read(4), f.peek(1)[:1], f.read1(2), f.raw.mode, type(f.raw).__name__)
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.read(3), f.readall())
with open(name, "wb", buffering=0) as f:
    print(f.write(b"raw"), f.mode, isinstance(f, io.RawIOBase))
with open(name, "rb") as f:
    print(f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename)
with open("created.txt", "x") as f:
    print(f.mode, f.write("new"))
with open(name, "w+b") as f:
    f.write(b"abcdef")
    f.seek(2)
    print(type(f).__name__, f.read(2), f.tell(), f.mode)
holder = open(name, "rb")
with open(holder.fileno(), "rb", closefd=False) as f:
    print(f.read(), f.raw.closefd, f.name == holder.fileno())
print(holder.closed, holder.read())
holder.close()
seen, kept = [], []
def opener(path, flags):
    seen.append(path)
    kept.append(open(path, "rb"))
    return kept[-1].fileno()
with open(name, "rb", opener=opener) as f:
    print(f.read(2), seen)
with io.FileIO(name) as f:
    print(f.read(1), f.mode, f.name, f.readable(), f.writable(), repr(f))
with io.FileIO(name, "a") as f:
    print(f.write(b"!"), f.mode)
for args in (("rw",), ("rbt",), ("r", 0), ("rb", -1, "utf-8"), ("",)):
    try:
        open(name, *args)
    except ValueError as e:
        print("ValueError:", e)
try:
    io.FileIO(name, "rt")
except ValueError as e:
    print("ValueError:", e)
with open(name, "rb", buffering=0) as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
