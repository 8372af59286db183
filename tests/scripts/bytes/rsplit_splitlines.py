# bytes.rsplit (whitespace and separator, maxsplit) and splitlines (keepends)
print(b'  a b  c '.rsplit(), b'a b c'.rsplit(None, 1), b'a,b,,c'.rsplit(b','), b'a,b,c'.rsplit(b',', 1), b'a,b'.rsplit(sep=b',', maxsplit=0))
print(b'xaxxbx'.rsplit(b'xx'), b''.rsplit(), b''.rsplit(b','))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines(), b'\n\n'.splitlines(keepends=True))
for f in (lambda: b'a'.rsplit(b''), lambda: b'a'.rsplit('a'), lambda: b'a'.splitlines(1, 2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
