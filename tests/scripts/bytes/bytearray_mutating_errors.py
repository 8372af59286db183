# bytearray's mutating methods reject bad bytes and missing items with CPython's messages
ba = bytearray(b'abc')
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ba.append(256))
show(lambda: ba.append(-1))
show(lambda: ba.append('a'))
show(lambda: ba.extend(5))
show(lambda: ba.extend('ab'))
show(lambda: ba.extend([1, 300]))
show(lambda: ba.insert(0, 300))
show(lambda: ba.pop(10))
show(lambda: bytearray().pop())
show(lambda: ba.pop(1, 2))
show(lambda: ba.remove(120))
show(lambda: ba.remove(999))
show(lambda: ba.reverse(1))
print(ba)
