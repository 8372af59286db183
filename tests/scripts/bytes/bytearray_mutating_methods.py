# bytearray's list-like methods: append, extend, insert, pop, remove, reverse, clear, copy
ba = bytearray(b'abc')
print(ba.append(100), ba)
ba.extend(b'ef'); ba.extend([103, 104]); ba.extend(bytearray(b'i')); ba.extend(x for x in b'jk')
print(ba)
ba.insert(0, 64); ba.insert(-1, 95); ba.insert(100, 33); ba.insert(-100, 35)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c[0] = 48
print(c, ba, c is ba, type(c).__name__)
print(ba.clear(), ba, len(ba))
