# release() and `with` end a memoryview: later use raises ValueError; the bytearray can grow again
ba = bytearray(b'abc')
m = memoryview(ba)
try:
    ba.append(100)
except BufferError as e:
    print('BufferError', e)
for op in (lambda: ba.extend(b'x'), lambda: ba.pop(), lambda: ba.__delitem__(0), lambda: ba.__iadd__(b'y'),
           lambda: ba.__setitem__(slice(0, 1), b'xy'), lambda: ba.clear(), lambda: ba.__imul__(2)):
    try:
        op()
    except BufferError as e:
        print('BufferError', e)
ba[0] = 65; ba[0:2] = b'AB'
print(ba)
m.release()
m.release()
for op in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.obj, lambda: m.readonly, lambda: bytes(m),
           lambda: m.tolist(), lambda: m.hex(), lambda: m.cast('B'), lambda: m.__enter__()):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(repr(m)[:17], m == m)
ba.append(100)
with memoryview(ba) as v:
    print(v[3], v.tobytes())
print(repr(v)[:17])
ba.extend(b'!')
print(ba)
sub = memoryview(ba)[1:]
del sub
ba.append(33)
print(ba)
