# bytes.hex with a separator and group size, fromhex with whitespace, and their errors
b = b'\x01\x23\x45\x67\x89'
print(b.hex(), b.hex(':'), b.hex(b'-', 2), b.hex(' ', -2), b.hex(sep='_', bytes_per_sep=3), b''.hex(':'))
print(bytes.fromhex('01 23\t45\n67'), bytes.fromhex(''), bytearray.fromhex(' ff '))
class Sub(bytes):
    pass
print(type(Sub.fromhex('61')).__name__, Sub.fromhex('6162'))
for f in (lambda: b.hex('::'), lambda: b.hex(1), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex(b'61'), lambda: b.hex('\xe9')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
