# match: class patterns with __match_args__, keywords, and builtins matching themselves
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class MyInt(int):
    pass
def where(p):
    match p:
        case Point3(0, 0, z):
            return ("on z axis", z)
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return ("on x axis", x)
        case Point(x=0, y=y):
            return ("on y axis", y)
        case Point(missing=1):
            return "impossible"
        case int(n) | float(n):
            return ("number", n)
        case str(s) | bytes(s):
            return ("text", s)
        case list([a, b]) | tuple((a, b)):
            return ("pair", a, b)
        case dict({"k": v}):
            return ("dict", v)
        case set() | frozenset():
            return "a set"
        case Point():
            return "some point"
        case _:
            return "other"
for p in [Point3(0, 0, 5), Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), MyInt(7), True, 2.5, "s", b"b", [1, 2], (3, 4), {"k": 1}, {1}, frozenset(), None]:
    print(where(p))
