# bytes.translate with a maketrans table, with None, with delete; maketrans errors
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abc'.translate(None, b'b'), b'abc'.translate(t, delete=b'a'))
print(bytearray(b'abc').translate(t), bytearray.maketrans(b'a', b'b')[97])
for f in (lambda: b'a'.translate(b'x'), lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', b'b'), lambda: b'a'.translate('x')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
