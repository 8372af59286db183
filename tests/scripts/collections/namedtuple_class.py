# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace, repr, errors, module, match
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.__module__)
print(p._asdict(), p._replace(x=1), Point._make([5, 6]), p.__getnewargs__())
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__match_args__, Point.__slots__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[2, 3])
print(P3(1), P3(1, c=9), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple('R', 'abc def ghi _x abc', rename=True)._fields)
print(namedtuple('M', 'a, b', module='some.mod').__module__)
One = namedtuple('One', 'only')
print(One(1), One.__doc__)
for args, kw in [(('Bad', 'a _b'), {}), (('Bad', 'a a'), {}), (('Bad', 'a def'), {}),
                 (('1Bad', 'a'), {}), (('Bad', 'a b'), {'defaults': [1, 2, 3]}), (('Bad', [1]), {})]:
    try:
        namedtuple(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    p._replace(z=3)
except ValueError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
class Sub(Point):
    def norm(self): return abs(self.x) + abs(self.y)
print(Sub(3, -4), Sub(3, -4).norm())
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
