# `C(args)` of a plain class: the arguments go straight into __init__'s frame. Every
# shape around it keeps CPython's results, errors and traceback lines.
import sys


class V:
    made = 0

    def __init__(self, x, y):
        V.made += 1
        self.x = x
        self.y = y

    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"


print(V(1, 2), V(V(1, 2), V(3, 4)), V.made)


def boom():
    raise ValueError("in an argument")


try:
    V(1, boom())
except ValueError as e:
    print("argument raised:", e, V.made)


class Bad:
    def __init__(self, v):
        self.v = v
        return v


print(Bad(None).v)
try:
    Bad(3)
except TypeError as e:
    print("TypeError", e)


kept = []


class Raises:
    def __init__(self, a):
        kept.append(self)
        self.a = a
        raise KeyError(a)


try:
    Raises("k")
except KeyError as e:
    print("KeyError", e, type(kept[0]).__name__, kept[0].a)


class Shapes:
    def __init__(self, a, b=10, *rest, **kw):
        self.v = (a, b, rest, kw)


print(Shapes(1).v, Shapes(1, 2).v, Shapes(1, 2, 3).v)


class Many:
    def __init__(self, a, b, c):
        d = a + b
        e = d + c
        f = e * 2
        g = f - a
        h = g + 1
        i = h * h
        self.v = (d, e, f, g, h, i)


print(Many(1, 2, 3).v)


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


s = Slotted(5, 6)
print(s.p, s.q)


class Child(V):
    pass


print(Child(7, 8), type(Child(7, 8)).__name__)


def make(n):
    return [V(i, -i) for i in range(n)]


print(make(3))


class Swapped:
    def __init__(self, a):
        self.a = a


def second_init(self, a):
    self.a = ("second", a)


print(Swapped(1).a)
Swapped.__init__ = second_init
print(Swapped(1).a)
del Swapped.__init__
try:
    Swapped(1)
except TypeError as e:
    print("TypeError", e)


try:
    V(1)
except TypeError as e:
    print("TypeError", e)
try:
    V(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


sys.setrecursionlimit(200)
try:
    Deep(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
d = Deep(50)
depth = 0
while d.child:
    d = d.child
    depth += 1
print(depth)


def where():
    try:
        Raises("line")
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(lines)


where()


# How deep instantiation may go counts the same levels as CPython: type.__call__ and
# __init__ each count one; a call in an argument is not a level deeper.
class Arg:
    def __init__(self, a):
        self.a = a


def nest(n):
    return Arg(nest(n - 1)) if n else 0


sys.setrecursionlimit(100)
for name, fn in (("Deep", Deep), ("nest", nest)):
    ok = 0
    for n in range(200):
        try:
            fn(n)
            ok = n
        except RecursionError:
            break
    print(name, ok)
sys.setrecursionlimit(1000)
