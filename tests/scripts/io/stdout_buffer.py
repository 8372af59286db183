# sys.stdout is a TextIOWrapper with a .buffer: print and buffer writes keep their order once flushed.
import sys, io
print(type(sys.stdout).__name__, isinstance(sys.stdout, io.TextIOBase), sys.stdout.buffer.mode)
print(isinstance(sys.stdout.buffer, (io.BufferedIOBase, io.RawIOBase)))
print("text first")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes second\n")
sys.stdout.buffer.flush()
print("text third")
sys.stdout.write("fourth\n")
sys.stdout.flush()
sys.stdout.buffer.write("fifth é\n".encode())
sys.stdout.buffer.flush()
for i in range(3):
    print("line", i)
print(sys.stdout.encoding, sys.stdout.name, sys.stdin.mode)
