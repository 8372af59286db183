# float() takes a bytearray or memoryview as it takes bytes, and names a bad bytearray by its repr
print(float(bytearray(b' 1.5 ')), float(memoryview(b'2e3')), float(b'-0.5'))
for f in (lambda: float(bytearray(b'x')), lambda: float(b'y')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
