# `obj.name` of a property whose getter is a plain Python function calls the getter
# directly; every other kind of getter, and classes that look attributes up their own
# way, go the general way. Each case behaves as in CPython.
import operator
import sys
import traceback


class P:
    def __init__(self):
        self.a = 1
        self.__dict__["p"] = "shadow"  # a property wins over the instance's own

    @property
    def p(self):
        return self.a + 1

    @property
    def q(self, extra=10):
        return self.a + extra

    r = property(operator.attrgetter("a"))
    s = property(lambda self: self.a * 3)

    @property
    def gen(self):
        yield self.a

    @property
    def bad(self):
        return self.missing

    @property
    def wrong_arity(self, other):
        return 0


o = P()
print(o.p, o.q, o.r, o.s, list(o.gen), o.__dict__)
for read_it in [lambda: o.bad, lambda: o.wrong_arity]:
    try:
        read_it()
    except Exception as e:
        print(type(e).__name__, e)
        print("  ", [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])


class Sub(property):
    def __get__(self, obj, cls=None):
        return "Sub.__get__ " + str(super().__get__(obj, cls))


class Q:
    x = Sub(lambda self: 5)

    @property
    def y(self):
        return 6


print(Q().x, Q().y)


class Looking:
    @property
    def v(self):
        return "getter"

    def __getattribute__(self, name):
        return "own lookup of " + name


print(Looking().v)


def read(obj):
    return obj.p


# The same node sees the property replaced, deleted, and shadowed by a plain value.
print(read(o))
P.p = property(lambda self: "replaced")
print(read(o))
del P.p
print(read(o))
P.p = 7
print(read(o), read(P))


class Dropper:
    @property
    def d(self):
        del Dropper.d
        return [1, 2, 3][1]


print(Dropper().d)
try:
    Dropper().d
except AttributeError as e:
    print("AttributeError", e)


class Deep:
    @property
    def down(self):
        return self.down


sys.setrecursionlimit(200)
try:
    Deep().down
except RecursionError as e:
    print("RecursionError", e)


class Counter:
    def __init__(self):
        self.n = 0

    @property
    def next(self):
        self.n += 1
        return self.n


c = Counter()
print([c.next for _ in range(3)], c.n)


def uncaught():
    return o.bad


uncaught()
