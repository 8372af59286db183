# enum: Enum/IntEnum/StrEnum/Flag/IntFlag reprs, str, format, lookup, aliases, errors, auto, unique, functional API, dir
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
for expr in ["Color(5)", "Color['X']", "Color.RED < Color.GREEN", "Color.RED.__class__.RED", "setattr(Color, 'RED', 3)", "delattr(Color, 'RED')"]:
    try: print(expr, '->', eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
try:
    class X(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    class Y(Color): Z = 5
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except Exception as e: print(type(e).__name__, e)
class P(Flag):
    R = 4; W = 2; X = 1; RWX = 7
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P), len(P), list(P.R|P.X), P.RWX, repr(~P.R), format(P.R), f"{P.R|P.W}")
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(0)), IP(8), repr(IP(9)), IP.R | 8, repr(IP.R|8), format(IP.R, '>4'), IP.R + 1)
class N(IntEnum):
    ONE = 1; TWO = 2
print(repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.TWO:03d}", N.ONE + 1, N.ONE < N.TWO, N(2), N['ONE'])
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), format(S.A), S.A + '!', S.B.upper())
class A(Enum):
    X = auto(); Y = auto()
print(repr(A.X), A.Y.value, str(A.X), format(A.X), f"{A.X}", A.X.name, A.__members__, dir(A.X))
print(Color.__members__, list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, len(Color), repr(Color), Color.RED.__class__, hash(Color.RED) == hash('RED'))
An = Enum('An', 'ANT BEE CAT'); print(list(An), An.__module__, repr(An.ANT))
An2 = Enum('An2', [('X', 10), ('Y', 20)]); print(list(An2))
print(Color._member_names_, Color._value2member_map_, Color._member_map_)
print(dir(Color))
try:
    1 in Color
except TypeError as e:
    print(e)
print(Color.RED in Color, Color.RED.name, Color.RED.value, Color.BLUE._name_, Color['GREEN'], Color(2))
print(list(reversed(Color)), [m.name for m in Color], dict(Color.__members__))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f'{self.name} with {self.value}'
print(Shape('circle'), Shape.SQUARE.describe())
try:
    Shape(9)
except ValueError as e:
    print(e)
class Weekday(IntEnum):
    MON = 1
    TUE = 2
print(Weekday.TUE == 2, Weekday.MON + Weekday.TUE, sorted([Weekday.TUE, Weekday.MON]), isinstance(Weekday.MON, int), int(Weekday.TUE), '%d' % Weekday.TUE, '{}'.format(Weekday.MON))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), rw & Perm.R, repr(rw ^ Perm.W), repr(~Perm.R), repr(Perm(7)))
class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), Color2.WHITE, repr(Color2.RED | Color2.BLUE), Color2(7) is Color2.WHITE, [c.value for c in Color2], repr(~Color2.WHITE))
class Mood(StrEnum):
    HAPPY = auto()
    SAD = 'sad'
print(Mood.HAPPY, repr(Mood.SAD), Mood('happy'), Mood.HAPPY == 'happy', ' '.join(Mood), f'{Mood.SAD:>5}|')
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT', module=__name__)
print(list(Animal), Animal.BEE.value, Animal['CAT'])
Numbers = IntEnum('Numbers', {'ONE': 1, 'TEN': 10})
print(list(Numbers), Numbers.TEN + 1)
print(type(Color).__name__, EnumMeta is EnumType, isinstance(Color.RED, Color), type(Color.RED) is Color)
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
class Ignored(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(Ignored), hasattr(Ignored, 'tmp'))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, {Color.RED: 'r'}[Color.CRIMSON])
