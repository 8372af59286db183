# Operands read where they live (a local, a constant, a cached global, `local.attr`)
# must give the same answers as evaluating them, also when reading or comparing
# runs code that rebinds or drops what was read.

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)


chain = Node(1, Node(2, Node(3)))
print(chain.nxt.v, chain.nxt.nxt.v, chain.total())


def walk(n):
    out = []
    while n is not None:
        out.append(n.v)
        n = n.nxt
    return out


print(walk(chain))

# `a.b.c` where a.b stops being a plain instance attribute half way.
class Holder:
    def __init__(self):
        self.inner = Node(10)


def read_chain(h):
    return h.inner.v


h = Holder()
for i in range(3):
    print(read_chain(h))
h.inner = Node(20)
print(read_chain(h))
del h.inner
try:
    read_chain(h)
except AttributeError as e:
    print("AttributeError:", e)
h.inner = type("Fake", (), {"v": property(lambda self: "from property")})()
print(read_chain(h))


# A property on the outer read rebinds the inner attribute: the receiver must stay alive.
class Victim:
    def __init__(self, owner):
        self.owner = owner

    @property
    def value(self):
        self.owner.part = None  # drops the last reference to self
        return "victim read"


class Owner:
    def __init__(self):
        self.part = Victim(self)


def read_victim(o):
    return o.part.value


for i in range(3):
    o = Owner()
    print(read_victim(o), o.part)


# The same with a global receiver: the property rebinds the global.
class G:
    @property
    def prop(self):
        global GLOBAL_OBJ
        GLOBAL_OBJ = None
        return "global property"


GLOBAL_OBJ = G()


def read_global():
    return GLOBAL_OBJ.prop


print(read_global(), GLOBAL_OBJ)
GLOBAL_OBJ = G()
print(read_global(), GLOBAL_OBJ)


# Comparisons of in-place operands: identity, ints, floats, strs; and __eq__ that
# drops its own operand from the instance.
class Box:
    def __init__(self, x):
        self.x = x


UNSET = object()


def compare_all(a, b):
    return [a.x == b.x, a.x != b.x, a.x is b.x, a.x is not UNSET, a.x == 3]


def order(a, b):
    return [a.x < b.x, a.x <= b.x, a.x > b.x, a.x >= b.x]


print(compare_all(Box(3), Box(3)), order(Box(3), Box(3)))
print(compare_all(Box(2.5), Box(3.5)), order(Box(2.5), Box(3.5)), order(Box(float("nan")), Box(1.0)))
print(compare_all(Box("abc"), Box("abd")), order(Box("abc"), Box("abd")), order(Box("é"), Box("z")))
print(compare_all(Box(UNSET), Box(None)))
print(order(Box(2), Box(2.5)), order(Box(True), Box(0)))
try:
    order(Box(1), Box("s"))
except TypeError as e:
    print("TypeError:", e)


class Dropper:
    def __init__(self, box):
        self.box = box

    def __eq__(self, other):
        self.box.x = None  # drops the last reference to self
        return "dropped"

    __hash__ = None


def eq_drops(box, other):
    return box.x == other


for i in range(3):
    b = Box(None)
    b.x = Dropper(b)
    print(eq_drops(b, 1), b.x)


# A global rebound while the right operand is evaluated.
LIMIT = 5


def rebind():
    global LIMIT
    LIMIT = 100
    return 7


def cmp_global():
    return LIMIT < rebind()


print(cmp_global(), LIMIT)

try:
    def unbound_cmp(a):
        return a.x < MISSING_NAME
    unbound_cmp(Box(1))
except NameError as e:
    print("NameError:", e)

try:
    print(Box(1).x < "s")
except TypeError as e:
    print("TypeError:", e)


# Method calls on `local.attr` receivers, and a receiver replaced by the call.
class Acc:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


class Wrap:
    def __init__(self):
        self.acc = Acc()


def bump(w):
    return w.acc.add(1) + w.acc.add(2)


w = Wrap()
print(bump(w), bump(w))


class Replacer:
    def __init__(self, owner):
        self.owner = owner

    def go(self):
        self.owner.r = None
        return "replaced"


class HasR:
    def __init__(self):
        self.r = Replacer(self)


def call_replacer(x):
    return x.r.go()


for i in range(3):
    x = HasR()
    print(call_replacer(x), x.r)


# Attribute stores through the node cache, and classes that must not take them.
class Slotted:
    __slots__ = ("a",)


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Plain:
    pass


def store(o, v):
    o.a = v
    return o.a


for obj in (Plain(), Plain(), Slotted(), Logged(), Plain()):
    print(type(obj).__name__, store(obj, 1), store(obj, 2))

p = Plain()
store(p, 1)
del p.a
print(store(p, 3))
try:
    store(5, 1)
except AttributeError as e:
    print("AttributeError:", e)


# Truth tests of in-place operands: bool, None, int answer at once; anything else
# asks __bool__ or __len__, which may drop the value from where it was read.
class Flagged:
    def __init__(self, v):
        self.v = v


class Falsy:
    def __init__(self, owner):
        self.owner = owner

    def __bool__(self):
        self.owner.v = None  # drops the last reference to self
        return False


class Sized:
    def __len__(self):
        return 2


def tests(o):
    out = []
    if o.v:
        out.append("if")
    out.append("not" if not o.v else "not-not")
    out.append("yes" if o.v else "no")
    out.append(bool(o.v and 1))
    return out


for v in (True, False, None, 0, 7, -1, 0.0, 2.5, "", "x", [], [0], Sized()):
    print(repr(v) if not isinstance(v, Sized) else "Sized", tests(Flagged(v)))
for i in range(3):
    o = Flagged(None)
    o.v = Falsy(o)
    print(tests(o), o.v)


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


try:
    tests(Flagged(BadBool()))
except ValueError as e:
    print("ValueError:", e)


def while_attr(o):
    n = 0
    while o.v:
        o.v -= 1
        n += 1
    return n


print(while_attr(Flagged(5)))

# Arithmetic on in-place operands: numbers at the node, anything else as before.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def arith(a, b):
    return [a.x + b.x, a.x - b.y, a.x * b.x, a.y / b.y, a.x + 1, 2 * a.y]


print(arith(P(3, 4), P(5, 6)))
print(arith(P(1.5, 2.0), P(0.5, 4.0)))
print(arith(P(2**62, 3), P(2**62, 7)))
print(P([1], 2).x + P([2], 8).x, P("a", 0).x * 3)
try:
    arith(P(1, 2), P(3, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    arith(P(1.0, 2.0), P(3.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    arith(P("a", 1), P(1, 2))
except TypeError as e:
    print("TypeError:", e)


class Adder:
    def __init__(self, owner):
        self.owner = owner

    def __add__(self, other):
        self.owner.x = None  # drops the last reference to self
        return "added"


for i in range(3):
    p = P(None, 1)
    p.x = Adder(p)
    print(p.x + p.y, p.x)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))
