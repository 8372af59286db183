# enum._simple_enum, the decorator CPython's own modules (ast, inspect, http, uuid) use:
# the plain class becomes an enum of the given type, members, methods and __new__ as
# in a class body under that type; no docstring means CPython's 'An enumeration.'.
from enum import _simple_enum, Enum, IntEnum, IntFlag, Flag, StrEnum, auto, KEEP, STRICT
@_simple_enum(IntEnum)
class Prec:
    """Precedence."""
    LOW = auto()
    MID = auto()
    HIGH = auto()
    def next(self):
        return self.__class__(self + 1)
print(Prec.LOW, repr(Prec.MID), Prec.LOW.next(), list(Prec), Prec.__doc__, Prec(3), isinstance(Prec.LOW, int), Prec.__name__, Prec.__qualname__)
@_simple_enum(IntEnum)
class Status:
    def __new__(cls, value, phrase, description=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj
    OK = 200, "OK", "Request fulfilled"
    NOT_FOUND = 404, "Not Found"
print(Status.OK, repr(Status.NOT_FOUND), Status(404).phrase, Status.OK.description, Status.NOT_FOUND.description == "", Status.__doc__)
@_simple_enum(IntFlag, boundary=KEEP)
class Perm:
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm(8)), Perm(7), list(Perm))
@_simple_enum(Enum)
class Color:
    RED = "r"
    GREEN = "g"
    _private = 3
    @property
    def upper(self):
        return self.value.upper()
print(Color.RED, Color("g"), Color.RED.upper, [c.name for c in Color], type(Color).__name__)
@_simple_enum(StrEnum)
class S:
    A = auto()
    B = "bee"
print(S.A, repr(S.B), S.A == "a")
@_simple_enum()
class Plain:
    ONE = 1
print(Plain.ONE, Plain.__mro__[1].__name__)
