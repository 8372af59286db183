# Calls taken without the generic dispatch (a plain class's construction, a builtin method of the receiver's own type) behave as the generic call: checks, errors, order, levels.
import sys


class P:
    made = 0

    def __init__(self, x, y=2):
        P.made += 1
        self.x = x
        self.y = y


p = P(1)
print(p.x, p.y, P(3, 4).y, P.made)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Abstractish:
    __abstractmethods__ = frozenset({"f"})

    def __init__(self):
        pass


try:
    Abstractish()
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)


WithNew(1)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class ByMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(ByMeta(5).a)


class Other:
    pass


class ReturnsOther:
    def __new__(cls, x):
        return Other()

    def __init__(self, x):
        print("never")


print(type(ReturnsOther(1)).__name__)


# Arguments are evaluated before the instance exists; an error in them makes none.
class Noisy:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)


def boom():
    raise ValueError("in an argument")


try:
    Noisy(boom())
except ValueError as e:
    print("ValueError:", e)
print(Noisy(7).v)


# The wrong number of arguments names __init__.
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# __init__ replaced on the class, and on a subclass.
def other_init(self, x, y=0):
    self.x = -x


P.__init__ = other_init
print(P(4).x)


class Q(P):
    pass


print(Q(6).x)


# Deep construction ends in RecursionError as CPython's does.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)


# Builtin methods: on the own type, on a subclass, borrowed by another class.
l = []
l.append(1)
l.extend([2, 3])
print(l, l.pop(), l.index(2), l.count(1))


class MyList(list):
    def append(self, x):
        print("own append", x)
        super().append(x)


m = MyList()
m.append(4)
m.extend([5])
print(m)


class Borrower:
    append = list.append


try:
    Borrower().append(1)
except TypeError as e:
    print("TypeError:", e)
try:
    l.append()
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
print(d.get("a"), d.get("b", 9), "a-b".split("-"), "x".join(["1", "2"]))


def bad_arg():
    raise KeyError("arg")


try:
    l.append(bad_arg())
except KeyError as e:
    print("KeyError:", e)
print(l)

# The node remembers a class's __init__ per class version: changes to the class are seen.
class K:
    def __init__(self, v):
        self.v = v
def make(cls, v):
    return cls(v)
for step in range(5):
    if step == 1:
        K.__init__ = lambda self, v: setattr(self, "v", ("replaced", v))
    if step == 2:
        def init(self, v, w=10):
            self.v = v * w
        K.__init__ = init
    if step == 3:
        K.__new__ = lambda cls, v: "from __new__"
    try:
        o = make(K, step)
        print(step, o if isinstance(o, str) else getattr(o, "v", "no v"))
    except TypeError as e:
        print(step, "TypeError:", e)
class K1:
    def __init__(self, v):
        self.v = ("K1", v)
class K2(K1):
    def __init__(self, v):
        self.v = ("K2", v)
for cls in [K1, K2, K1, K2]:
    print(make(cls, 1).v)
