# bytearray has every method of bytes, and those return bytearrays
ba = bytearray(b'  Hello, World  ')
for name in ['strip', 'lstrip', 'rstrip', 'upper', 'lower', 'title', 'swapcase', 'capitalize',
             'split', 'rsplit', 'splitlines', 'isalpha', 'isascii', 'istitle', 'hex']:
    print(name, repr(getattr(ba, name)()))
print(ba.find(b'o'), ba.rfind(111), ba.index(b'W'), ba.rindex(b'l'), ba.count(b'l'))
print(ba.partition(b','), ba.rpartition(b'l'), ba.replace(b'l', b'L', 2))
print(ba.startswith(b'  H'), ba.endswith((b'x', b'  ')), ba.center(20, b'*'), ba.zfill(18))
print(bytearray(b',').join([b'a', bytearray(b'b'), memoryview(b'c')]), ba.decode(), ba.removeprefix(b'  '))
print(bytearray(b'a\tb').expandtabs(4), ba.translate(None, b' '), bytearray.maketrans(b'a', b'b')[97])
print(b'o' in ba, 111 in ba, bytearray(b'Wor') in ba, list(bytearray(b'hi')), bytearray(b'%d-%s') % (1, b'x'))
print(type(bytearray.fromhex('61 62')).__name__, bytearray.fromhex('6162'), sorted(set(dir(bytes)) - set(dir(bytearray))))
