# int(), ord(), str(x, encoding), eval() and exec() take a bytearray or memoryview where they take bytes
print(int(bytearray(b'12')), int(memoryview(b' 7 ')), int(bytearray(b'ff'), 16), ord(bytearray(b'a')))
print(eval(bytearray(b'1 + 1')), eval(memoryview(b'2 * 3')))
exec(bytearray(b'x = 5'))
print(x)
for f in (lambda: int(bytearray(b'x')), lambda: int(memoryview(b'1'), 10), lambda: ord(bytearray(b'ab'))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(str(bytearray(b'caf\xc3\xa9'), 'utf-8'), str(memoryview(b'ab'), 'ascii'))
