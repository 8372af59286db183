# struct: pack/unpack of every format code in every byte order, sizes and native alignment
import struct

values = {'c': b'z', 'b': -5, 'B': 200, '?': True, 'h': -1234, 'H': 54321, 'i': -123456789, 'I': 4000000000,
          'l': -99, 'L': 77, 'q': -2**62, 'Q': 2**64 - 1, 'n': -3, 'N': 2**63, 'e': 1.5, 'f': -2.25, 'd': 1e300,
          'P': 4096}
for order in ['', '@', '=', '<', '>', '!']:
    for code, v in values.items():
        if order not in ('', '@') and code in 'nNP':
            continue
        fmt = order + code
        data = struct.pack(fmt, v)
        print(repr(fmt), struct.calcsize(fmt), data, struct.unpack(fmt, data))
for fmt in ['bi', 'bh', 'bq', 'cid', 'hd', 'bbq?', '3sI', 'x i', '2xh', '5p', '0s', '0i', 'ic', '=bi', '<bq', '>hd',
            '4x', '10s', '3?', 'e f d', '?0q']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('5p', b'\x09abcd'), struct.unpack('3s', bytearray(b'xyz')))
print(struct.pack('>3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('@bq', 1, 2), struct.unpack('@bq', struct.pack('@bq', -1, -2)))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x07'))
print(struct.pack('c', b'\xff'), struct.unpack('c', b'\x80'))
print(struct.pack('<i', True), struct.pack('<f', 3), struct.pack('<d', 2), struct.pack('<Q', 2**64 - 1))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8), struct.unpack('>I', b'\x80\0\0\0'))
print(struct.pack(b'<h', 7), struct.unpack(b'<h', b'\x07\x00'))
print(struct.pack('<h', -32768), struct.pack('<H', 65535), struct.pack('<b', -128), struct.pack('<B', 255))
print(struct.pack('<i', -2**31), struct.pack('<I', 2**32 - 1), struct.pack('<q', -2**63), struct.pack('<l', 2**31 - 1))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()))
for x in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-8, 0.1, 2.5, 3.5, 1.0009765625, 1.00048828125,
          float('inf'), float('-inf'), 65519.0, 2.9802322387695312e-08]:
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b))
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x7b\xff'))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', -0.1)))
print(struct.pack('<f', float('inf')), struct.pack('<d', float('nan')) == struct.pack('<d', float('nan')))
