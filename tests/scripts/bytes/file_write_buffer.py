# a binary file's write() takes bytearray and memoryview, and refuses str with CPython's message
name = 'buffer_write.bin'
with open(name, 'wb') as f:
    print(f.write(b'ab'), f.write(bytearray(b'cd')), f.write(memoryview(b'xef')[1:]))
    try:
        f.write('s')
    except TypeError as e:
        print(e)
with open(name, 'rb') as f:
    print(f.read())
