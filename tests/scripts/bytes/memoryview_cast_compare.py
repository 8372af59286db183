# memoryview cast('B'/'c'/'b') and equality with bytes, bytearray and other views
ba = bytearray(b'ab\xff')
m = memoryview(ba)
b = m.cast('B')
print(b.format, b.tolist(), m.cast('c')[0], m.cast('c').tolist(), m.cast('b').tolist(), m.cast('@B').format)
print(m == b'ab\xff', b'ab\xff' == m, m == ba, m == memoryview(b'ab\xff'), m == b'ab', m != b'xy', m == 'ab\xff')
print(memoryview(b'abcd')[::2] == b'ac', memoryview(b'') == b'', m[:0] == memoryview(b''))
