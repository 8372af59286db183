# binascii: hexlify/unhexlify with separators, base64 both ways (newline, strict_mode), crc32 and crc_hqx
import binascii as b

print(b.hexlify(b'\x01\xab\xff'), b.b2a_hex(bytearray(b'xyz')), b.hexlify(memoryview(b'\x00\x10')))
for sep, n in [('-', 1), ('-', 2), (b':', -2), ('_', 3), (' ', -1), ('-', 10), ('-', 0)]:
    print(sep, n, b.hexlify(b'\x01\x02\x03\x04\x05', sep, n), b.b2a_hex(b'', sep, n))
print(b.hexlify(b'ab', sep='.'), b.hexlify(data=b'ab', sep='.', bytes_per_sep=1))
print(b.unhexlify(b'01abFF'), b.unhexlify('0a0B'), b.a2b_hex(bytearray(b'7e')), b.unhexlify(''))
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    enc = b.b2a_base64(data)
    print(enc, b.b2a_base64(data, newline=False), b.a2b_base64(enc) == data, b.a2b_base64(enc.decode()) == data)
for text in [b'Zm9v', b'Zm9vYg==', b'Zm9vYg', b'Zm9vYmE=', b'Zm 9v\nYg==', b'Zm9v!!YmFy', b'Zm9vYg==trailing', b'Zg=', b'Zg',
             b'Z', b'Zm9vY', b'=Zm9v', b'Zm9v=YmFy', b'Zm==', b'Zg==Zg==', b'', b'====', b'Zm9vYmFy\n']:
    for strict in [False, True]:
        try:
            print(text, strict, b.a2b_base64(text, strict_mode=strict))
        except b.Error as e:
            print(text, strict, 'Error:', e)
for data, start in [(b'', 0), (b'hello world', 0), (b'hello world', 12345), (b'a' * 1000, 0), (b'abc', -1), (b'abc', 2**40 + 5)]:
    print(b.crc32(data, start) if start else b.crc32(data), b.crc_hqx(data, start))
print(b.crc32(b'world', b.crc32(b'hello ')) == b.crc32(b'hello world'))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(b.unhexlify, 'abc')
show(b.unhexlify, 'zz')
show(b.unhexlify, 5)
show(b.unhexlify, 'é0')
show(b.hexlify, 'ab')
show(b.hexlify, b'ab', 'xy')
show(b.hexlify, b'ab', '')
show(b.a2b_base64, 'é')
show(b.a2b_base64, 3)
show(b.b2a_base64, 'abc')
show(b.crc32, 'abc')
show(b.crc_hqx, b'abc')
show(b.crc32, b'abc', 1.5)
