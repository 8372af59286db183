# bytearray() from nothing, an int, an iterable, a str with an encoding, bytes and a buffer, and its repr
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(range(65, 68)))
print(bytearray('héllo', 'utf-8'), bytearray('abc', encoding='ascii'), bytearray(b'xy'))
print(bytearray(memoryview(b'mv')), bytearray(bytearray(b'copy')), repr(bytearray(b"it's")))
class Sub(bytearray):
    pass
s = Sub(b'sub')
s.attr = 1
print(repr(s), type(s).__name__, s.attr, isinstance(s, bytearray), type(s.upper()).__name__)
