# memoryview over bytes and bytearray: indexing, len, attributes, tolist, tobytes, hex
m = memoryview(b'abcdef')
print(m[0], m[-1], len(m), m.tolist(), m.tobytes(), m.hex(), m.hex(':', 2))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj, m.c_contiguous)
ba = bytearray(b'xyz')
w = memoryview(ba)
print(w.readonly, w.obj is ba, list(w), w.toreadonly().readonly, type(iter(w)).__name__)
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[1:4].shape, m[::2].strides, len(m[4:1]))
print(repr(m)[:10], memoryview(m).tobytes(), memoryview(m).obj)
