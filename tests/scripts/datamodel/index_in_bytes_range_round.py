# __index__ objects as bytes needles, range members and round() digits; non-ints searched by ==.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


show('bytes.find', lambda: b'abc'.find(I(98)))
show('bytes.count', lambda: b'abcb'.count(I(98)))
show('bytearray.index', lambda: bytearray(b'abc').index(I(99)))
show('in bytes', lambda: I(97) in b'abc')
show('in bytearray', lambda: I(120) in bytearray(b'abc'))
show('in bytes, huge', lambda: I(2 ** 70) in b'abc')
show('in bytes, 256', lambda: 256 in b'abc')
show('bytes.find, float', lambda: b'abc'.find(1.0))
show('range.index int', lambda: range(10).index(3))
show('range.index I', lambda: range(10).index(I(3)))
show('range.index missing', lambda: range(10).index(30))
show('I in range', lambda: I(3) in range(10))
show('round(1.5, I(2**70))', lambda: round(1.5, I(2 ** 70)))
show('round(1.25, I(1))', lambda: round(1.25, I(1)))
show('round(1.5, -2**70)', lambda: round(1.5, -2 ** 70))
