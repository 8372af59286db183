# bytearray += and *= change the object in place; + and * make new ones; their errors
a = bytearray(b'ab'); alias = a
a += b'cd'; a += bytearray(b'e'); a += memoryview(b'f')
print(a, alias is a)
a *= 2; print(a, alias is a)
a *= 0; print(a, alias is a)
b = bytearray(b'xy')
print(b + b'z', b'z' + b, type(b + b'z').__name__, type(b'z' + b).__name__, b * 2, 3 * b, b)
for f in (lambda: b.__iadd__('s'), lambda: b + 's', lambda: b * 'a', lambda: b.__imul__('a'), lambda: b'q' + 'x'):
    try:
        f()
    except TypeError as e:
        print(e)
