# a released memoryview passed to bytes methods raises CPython's error; an exported bytearray cannot be re-initialised
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'abc')
m = memoryview(ba)
show(lambda: ba.__init__(b'xyz'))
show(lambda: ba.__iadd__(b''))
show(lambda: ba.__delitem__(slice(0, 0)))
print(ba, ba.__alloc__() > len(ba))
m.release()
show(lambda: b'x'.find(m))
show(lambda: b'x' + m)
show(lambda: bytearray(m))
show(lambda: b'x'.startswith(m))
show(lambda: b'x' == m)
show(lambda: ba.__init__(b'xyz'))
print(ba)
