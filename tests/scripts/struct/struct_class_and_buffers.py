# struct: the Struct class, pack_into/unpack_from with offsets, iter_unpack and the format cache
import struct

s = struct.Struct('<hI')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), type(s).__name__)
print(struct.Struct(b'>q').format, struct.Struct('3s').size)
buf = bytearray(12)
s.pack_into(buf, 2, -1, 7)
print(buf)
struct.pack_into('>h', buf, -2, 258)
print(buf)
print(s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('>h', buf, -2))
print(struct.unpack_from('<h', b'\x05\x00\x06\x00'), struct.unpack_from('<h', buffer=b'\x05\x00\x06\x00', offset=2))
print(s.unpack_from(buffer=bytes(6)))
mv = memoryview(bytearray(4))
struct.pack_into('<i', mv, 0, 99)
print(bytes(mv), struct.unpack('<i', mv), struct.unpack('<i', memoryview(b'\x01\x02\x03\x04')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.Struct('<bb').iter_unpack(bytearray(b'\x01\x02\x03\x04'))))
print(list(struct.iter_unpack('<i', b'')))
struct._clearcache()
print(struct.calcsize('i'), struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(struct.__doc__ is not None, 'error' in struct.__all__)
class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.note = 'mine'
m = MyStruct('<H')
print(m.note, m.pack(5), m.size)
s = struct.Struct('i')
s.__init__('>h')
print(s.format, s.size, s.pack(1))
t = struct.Struct.__new__(struct.Struct)
print(repr(t.format), t.size)
try:
    struct.Struct(format=5)
except TypeError as e:
    print(e)
print(struct.Struct(format='<b').size)
