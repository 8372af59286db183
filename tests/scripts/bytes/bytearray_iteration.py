# iterating a bytearray sees changes made during the loop
ba = bytearray(b'abc')
it = iter(ba)
print(type(it).__name__, next(it))
ba[1] = 66
ba.append(100)
print(list(it))
for x in bytearray(b'xy'):
    print(x)
print(sum(bytearray([1, 2, 3])), max(bytearray(b'az')), reversed(bytearray(b'ab')).__class__.__name__, list(reversed(bytearray(b'ab'))))
