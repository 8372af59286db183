# enum: Flag boundaries (CONFORM/EJECT/KEEP), data-type mixins with custom __new__, functional API options, _generate_next_value_, unhashable values, IntFlag arithmetic, verify/unique, member/nonmember
from enum import *
import copy
class C(Flag, boundary=CONFORM):
    A = 1; B = 2
class E(Flag, boundary=EJECT):
    A = 1; B = 2
class K(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(C(7)), E(7), type(E(7)).__name__, repr(K(7)), repr(K(4)), list(K(7)))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1))
class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), format(Num.ONE), Num.ONE + 1, f'{Num.TWO}')
S = Enum('S', 'a b c', start=10); print(list(S))
T = Enum('T', 'x y', type=int); print(T.x + 1, repr(T.y))
F = Flag('F', 'R W X'); print(list(F), repr(F.R | F.X))
print(copy.deepcopy(Num.ONE) is Num.ONE, copy.copy(F.R) is F.R)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    A = auto(); B = auto()
print(list(Auto), Auto.A.value)
class Weird(Enum):
    A = 1
    B = 'b'
    C = [1]
print(Weird([1]), Weird('b'), Weird.C.value)
class Color(IntFlag):
    R = 1; G = 2; B = 4
print(repr(Color.R | 8), repr(~Color.R), repr(Color(-1)), Color.R | Color.G == 3, repr(Color.R ^ Color.G), Color(0), bool(Color(0)))
print(repr(Color.R & 3), 3 & Color.R, repr(3 | Color.R), repr(Color['G']))
class P(Enum):
    X = 1
    @property
    def doubled(self): return self.value * 2
    @classmethod
    def first(cls): return cls.X
print(P.X.doubled, P.first(), dir(P.X))
@unique
class U(Enum):
    A = 1
    B = 2
print(list(U))
try:
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    class Q(Enum):
        _sunder_ = 1
except ValueError as e: print(e)
class MN(Enum):
    A = 1
    f = nonmember(3)
    @member
    def g(): return 4
print([m.name for m in MN], MN.f, MN.g.value())
print(hash(Num.ONE) == hash('ONE'), Num.ONE == 1, {Num.ONE: 1}[1] if 1 in {Num.ONE: 1} else 'nope')
