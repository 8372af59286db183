# bytearray assignment errors: range, types, index bounds and extended slice sizes, as CPython
ba = bytearray(b'abc')
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ba.__setitem__(0, 256))
show(lambda: ba.__setitem__(0, 'a'))
show(lambda: ba.__setitem__(10, 1))
show(lambda: ba.__setitem__('k', 1))
show(lambda: ba.__setitem__(slice(0, 1), 5))
show(lambda: ba.__setitem__(slice(0, 1), 'str'))
show(lambda: ba.__setitem__(slice(0, 1), [300]))
show(lambda: ba.__setitem__(slice(0, 3, 2), b'xyz'))
show(lambda: ba.__delitem__(10))
show(lambda: ba[10])
show(lambda: ba['x'])
print(ba)
