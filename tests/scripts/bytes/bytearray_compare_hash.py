# bytearray compares with bytes both ways, orders, and is unhashable
ba = bytearray(b'abc')
print(ba == b'abc', b'abc' == ba, ba != b'abd', ba < b'abd', b'abb' < ba, ba >= bytearray(b'abc'))
print(ba == 'abc', ba == memoryview(b'abc'), bytearray() == b'', [bytearray(b'x')] == [b'x'])
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    {ba: 1}
except TypeError as e:
    print(e)
try:
    ba < 'abc'
except TypeError as e:
    print(e)
