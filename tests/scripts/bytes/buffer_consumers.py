# bytes(), bytearray(), int.from_bytes, join, + and `in` take memoryviews and bytearrays as buffers
m = memoryview(b'\x01\x02\x03\x04')
ba = bytearray(b'\x00\x10')
print(bytes(m), bytes(m[::2]), bytes(ba), bytearray(m[1:3]), bytes(memoryview(ba)))
print(int.from_bytes(m, 'big'), int.from_bytes(ba, 'little'), int.from_bytes(m[::-1], 'big'))
print(b''.join([m, ba]), b'x' + m, b'\x02\x03' in m.tobytes(), memoryview(b'\x02') .tobytes() in b'\x01\x02')
print(b'abc'.startswith(memoryview(b'ab')), b'abc'.find(bytearray(b'c')), b'a-b'.split(memoryview(b'-')), b'abc'.strip(bytearray(b'ac')))
