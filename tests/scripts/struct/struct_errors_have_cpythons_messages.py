# struct: struct.error and TypeError messages as CPython's (ranges, counts, buffers, formats)
import struct

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for order in '@<>=!':
    for code in 'bBhHiIlLqQ':
        for v in [2**70, -2**70, 2**64, -1, 300, -300, 70000, 2**40, 2**63, -2**63 - 1, 2**32, -2**31 - 1]:
            show(struct.pack, order + code, v)
for v in [2**70, -1, 2**64 - 1]:
    show(struct.pack, 'P', v)
for code in 'nNP':
    show(struct.pack, '<' + code, 1)
for code, v in [('c', 1), ('c', 'a'), ('c', b'ab'), ('c', bytearray(b'a')), ('s', 'a'), ('p', 1), ('e', 'a'),
                ('f', None), ('d', b'x'), ('i', 1.5), ('i', '1'), ('i', None), ('<e', 65520.0), ('<e', 1e300),
                ('<f', 1e300), ('d', 2**1100), ('x', 1)]:
    show(struct.pack, code, v)
show(struct.pack, 'i')
show(struct.pack, 'ii', 1, 2, 3)
show(struct.pack)
show(struct.pack, '3')
show(struct.pack, 'z')
show(struct.pack, 'i i3 q', 1, 2, 3)
show(struct.calcsize, '99999999999999999999i')
show(struct.calcsize, 'i\0i')
show(struct.calcsize, 5)
show(struct.Struct, 5)
show(struct.Struct)
show(struct.unpack, 'i', b'abc')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i')
show(struct.unpack_from, 'i', b'abc', 1)
show(struct.unpack_from, 'i', b'abcdefg', -2)
show(struct.unpack_from, 'i', b'abcdefg', -20)
show(struct.unpack_from, 'i', b'abcdefg', -7)
show(struct.pack_into, 'i', bytearray(3), 0, 1)
show(struct.pack_into, 'i', bytearray(8), 6, 1)
show(struct.pack_into, 'i', bytearray(8), -2, 1)
show(struct.pack_into, 'i', bytearray(8), -20, 1)
show(struct.pack_into, 'i', b'12345678', 0, 1)
show(struct.pack_into, 'i', bytearray(4))
show(struct.pack_into, 'i', bytearray(4), 0)
show(struct.iter_unpack, 'i', b'12345')
show(struct.iter_unpack, '', b'')
show(struct.iter_unpack, 'i', 'abcd')
# An int that overflows a float code is a struct.error too; a float stays an OverflowError.
for fmt, v in [('<e', 2**16), ('e', 70000), ('>e', 65519), ('<f', 2**200), ('<f', 1e200), ('e', 1e5), ('>q', 2**63),
               ('d', 2**2000)]:
    show(struct.pack, fmt, v)
