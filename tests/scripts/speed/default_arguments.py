# Calls that leave the last parameters to their defaults take the direct call path;
# the defaults are read at each call, as CPython reads them.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(1, 3), f(1, 3, []), f(5))


class P:
    def __init__(self, x, y=0, tag="p"):
        self.x, self.y, self.tag = x, y, tag

    def moved(self, dx, dy=0):
        return P(self.x + dx, self.y + dy, self.tag)

    def __repr__(self):
        return f"P({self.x}, {self.y}, {self.tag!r})"


p = P(1)
print(p, P(1, 2), P(1, 2, "q"), p.moved(3), p.moved(3, 4))


def changes(v):
    g.__defaults__ = (100,)
    return v


def g(a, b=1):
    return a + b


print(g(changes(1)))  # the new defaults count: CPython reads them after the arguments


def shrink(v):
    h.__defaults__ = None
    return v


def h(a, b=1):
    return a + b


try:
    h(shrink(1))
except TypeError as e:
    print("TypeError", e)


class Q:
    def __init__(self, a, b=5):
        self.s = a + b


def drop_init_defaults(v):
    Q.__init__.__defaults__ = ()
    return v


print(Q(1).s)
try:
    Q(drop_init_defaults(1))
except TypeError as e:
    print("TypeError", e)

try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)


def count(n, acc=0):
    return acc if n == 0 else count(n - 1, acc + n)


print(count(100), sorted([3, 1, 2], key=lambda v, s=-1: v * s), list(map(lambda v, k=10: v + k, [1, 2])))


def gen(n, step=1):
    yield from range(0, n, step)


print(list(gen(5)), list(gen(5, 2)))


def many(a, b=1, c=2, d=3, e=4, f=5, g=6, h=7, i=8, j=9):
    return a + b + c + d + e + f + g + h + i + j


print(many(0), many(0, 0, 0))


def err_default():
    def k(a, b=1):
        return a / b
    k.__defaults__ = (0,)
    return k(1)


err_default()
