# bytes methods that change nothing return the same bytes object (strip, center, removeprefix)
b = b'abc'
print(b.strip() is b, b.lstrip() is b, b.rstrip(b'x') is b, b.ljust(2) is b, b.removeprefix(b'z') is b, b.removesuffix(b'') is b)
print(b' a '.strip() is b' a ', b.strip(b'a'), b.removeprefix(b'ab'), b.removesuffix(b'bc'))
ba = bytearray(b'abc')
print(ba.strip() is ba, ba.strip() == ba)
