# sys._getframe(n) gives frame objects: f_back chains, current f_lineno, f_code, f_globals, f_locals; gi_frame is the same type.
import sys

top = sys._getframe()
print(type(top).__name__, top.f_back, top.f_code.co_name, top.f_locals is globals(), top.f_globals is globals())
print(top is sys._getframe(), top.f_lineno)


def leaf(a, b=2):
    c = a + b
    f = sys._getframe()
    return f, sys._getframe(1), sys._getframe(2)


def middle():
    x = "m"
    return leaf(1)


here, up1, up2 = middle()
print(here.f_code is leaf.__code__, up1.f_code is middle.__code__, up2 is top)
print(here.f_back is up1, up1.f_back is top)
print(up1.f_lineno, here.f_lineno, top.f_lineno)


def snapshot():
    v = 1
    frame = sys._getframe()
    first = dict(frame.f_locals)
    v = 2
    w = 3
    second = frame.f_locals
    return sorted(first), second["v"], second["w"], sorted(frame.f_locals)


print(snapshot())


def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a


print(lines())


class Body:
    frame = sys._getframe()
    name = frame.f_code.co_name
    inside = "frame" in frame.f_locals


print(Body.name, Body.inside, Body.frame.f_back is top)

print([sys._getframe(1) is top for _ in range(1)], [sys._getframe().f_code.co_name for _ in range(1)])


def gen():
    yield sys._getframe()
    yield sys._getframe().f_back is top


g = gen()
gf = g.gi_frame
print(type(gf) is type(top), gf.f_code is gen.__code__, gf.f_back, gf.f_lineno)
inner = next(g)
print(inner is gf, gf.f_back, next(g))
for _ in g:
    pass
print(g.gi_frame)
print(sys._getframe(-5) is top)
