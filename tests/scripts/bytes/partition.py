# bytes.partition and rpartition, found and not found, and their errors
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'abc'.partition(b'x'), b'abc'.rpartition(b'x'), b'abc'.partition(bytearray(b'b')))
for f in (lambda: b'a'.partition(b''), lambda: b'a'.partition('x'), lambda: b'a'.rpartition(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
