# __index__ wherever a size or position is taken: huge values, len() results, bytes(n), repeats.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Len:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


huge = 2 ** 70
show('list[I(huge)]', lambda: [1][I(huge)])
show('tuple[huge]', lambda: (1,)[huge])
show('str[I(huge)]', lambda: 'ab'[I(huge)])
show('bytes[I(huge)]', lambda: b'ab'[I(huge)])
show('bytearray[I(huge)]', lambda: bytearray(b'ab')[I(huge)])
show('range[I(huge)]', lambda: range(5)[I(huge)])
show('range[-huge]', lambda: range(5)[-huge])
show('list[I(1):I(huge)]', lambda: [1, 2, 3][I(1):I(huge)])
show('str[I(-huge):]', lambda: 'abc'[I(-huge):])
show('[0] * I(3)', lambda: [0] * I(3))
show('[0] * I(huge)', lambda: [0] * I(huge))
show('[0] * -huge', lambda: [0] * -huge)
show("'a' * I(huge)", lambda: 'a' * I(huge))
show("b'a' * I(2)", lambda: b'a' * I(2))
show("b'a' * I(huge)", lambda: b'a' * I(huge))
show('(1,) * I(2)', lambda: (1,) * I(2))
l = [1]
l *= 2
show('list *= 2', lambda: l)
l = ['x']
l *= I(3)
show('list *= I(3)', lambda: l)
show('bytes(I(3))', lambda: bytes(I(3)))
show('bytearray(I(2))', lambda: bytearray(I(2)))
show('bytes(I(-1))', lambda: bytes(I(-1)))
show('bytes(huge)', lambda: bytes(huge))
show('len int', lambda: len(Len(3)))
show('len I', lambda: len(Len(I(4))))
show('len huge', lambda: len(Len(huge)))
show('len negative', lambda: len(Len(-1)))
show('len float', lambda: len(Len(1.5)))
show('bool len huge', lambda: bool(Len(huge)))
show('bool len I', lambda: bool(Len(I(0))))
