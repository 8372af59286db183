# match: an error raised by a pattern itself is located at that pattern in the traceback
class C:
    __match_args__ = ["a"]
def f(v):
    match v:
        case 1:
            pass
        case [0, C(1)]:
            pass
f([0, C()])
