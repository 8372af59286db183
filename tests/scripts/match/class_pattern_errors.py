# match: run-time errors of class patterns (bad __match_args__, too many sub-patterns, not a type)
class C:
    pass
def attempt(subject, make_case):
    try:
        make_case(subject)
    except TypeError as e:
        print("TypeError:", e)
def too_many(v):
    match v:
        case C(1):
            pass
def builtin_two(v):
    match v:
        case int(1, 2):
            pass
not_a_class = 3
def not_type(v):
    match v:
        case not_a_class.real():
            pass
def twice(v):
    match v:
        case C(1, a=2):
            pass
attempt(C(), too_many)
attempt(1, builtin_two)
attempt(1, not_type)
C.__match_args__ = ["a"]
attempt(C(), too_many)
C.__match_args__ = (1,)
attempt(C(), too_many)
C.__match_args__ = ("a",)
c = C()
c.a = 1
attempt(c, twice)
