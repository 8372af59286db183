# memoryview's errors: bad objects and keys, read-only memory, bad values, unequal sizes, hashing, ordering, casts
ba = bytearray(b'abcdef')
m = memoryview(ba)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: memoryview(5))
show(lambda: memoryview('a'))
show(lambda: m[10])
show(lambda: m['a'])
show(lambda: memoryview(b'x').__setitem__(0, 1))
show(lambda: m.__setitem__(0, 300))
show(lambda: m.__setitem__(0, 'a'))
show(lambda: m.__setitem__(slice(0, 2), b'abc'))
show(lambda: m.__setitem__(slice(0, 2), 'ab'))
show(lambda: m.__delitem__(0))
show(lambda: hash(m))
show(lambda: hash(memoryview(b'xyz')) == hash(b'xyz'))
show(lambda: m < m)
show(lambda: m[::2].cast('B'))
show(lambda: m.cast('x'))
show(lambda: m.tobytes('X'))
