# CPython's enum module, its pure-Python source unmodified, on hotpy: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, reprs
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import enum
assert enum.__file__.startswith("/usr/lib/python3.11/"), enum.__file__
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), list(Color), Color(1), Color['BLUE'], Color.RED.name, Color.RED.value)
print(len(Color), Color.RED in Color, Color.__members__.keys())
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO > N.ONE, repr(N(2)), f'{N.ONE}')
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), int(Perm.R), list(Perm(6)))
class F(Flag):
    A = auto()
    B = auto()
print(F.A | F.B, repr(F(0)), bool(F(0)))
class S(StrEnum):
    A = auto()
print(S.A, repr(S.A), S.A == 'a')
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Color(9)
except ValueError as e:
    print(e)
