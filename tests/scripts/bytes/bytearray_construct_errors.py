# bytearray() refuses a str without an encoding, negative sizes, bad items and stray encodings, with CPython's messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: bytearray('abc'))
show(lambda: bytearray(-1))
show(lambda: bytearray([256]))
show(lambda: bytearray(['a']))
show(lambda: bytearray(b'a', 'utf-8'))
show(lambda: bytearray('a', errors='strict'))
show(lambda: bytearray('a', 5))
show(lambda: bytearray(1.5))
