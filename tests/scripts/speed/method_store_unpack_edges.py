# The node shortcuts for obj.m(...), obj.x = v and unpacking give way when the class or instance says otherwise.
class A:
    def __init__(self, x):
        self.x = x
    def m(self, k):
        return ("A.m", self.x, k)

a = A(1)
for i in range(3):
    print(a.m(i))
    if i == 1:
        a.m = lambda k: ("instance attribute", k)   # shadows the method from now on
print(a.m(9))
del a.m
print(a.m(10))

b = A(2)
for i in range(3):
    print(b.m(i))
    if i == 0:
        A.m = lambda self, k: ("replaced", self.x, k)   # the class changes
c = A(3)
c.__dict__["m"] = lambda k: ("via __dict__", k)
print(c.m(1), b.m(2))

class Gen:
    def m(self, k):
        yield k
        yield k + 1
g = Gen()
for i in range(2):
    print(list(g.m(i)))

# Wrong argument counts still raise through the normal path.
class B:
    def m(self, k): return k
try:
    B().m()
except TypeError as e:
    print("TypeError:", e)
try:
    B().m(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Stores: a property added later, __setattr__ added later, __slots__.
class P:
    def __init__(self):
        self.v = 0
p = P()
for i in range(4):
    p.v = i
    if i == 1:
        P.v = property(lambda self: "prop", lambda self, val: print("setter", val))
print(p.v, p.__dict__)
class S:
    def __init__(self):
        self.v = 0
s = S()
for i in range(3):
    s.v = i
    if i == 0:
        S.__setattr__ = lambda self, n, val: print("__setattr__", n, val)
print(s.v)
class G:
    def __init__(self):
        self.v = 0
    def __getattribute__(self, n):
        print("__getattribute__", n)
        return object.__getattribute__(self, n)
gg = G()
for i in range(2):
    gg.v = i
    print(gg.v)

# Unpacking: exact tuples, tuple subclasses with their own __iter__, lists, errors.
class T(tuple):
    def __iter__(self):
        return iter(("from", "__iter__"))
for t in [(1, 2), T((3, 4)), [5, 6]]:
    x, y = t
    print(x, y)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = (1,)
except ValueError as e:
    print("ValueError:", e)
o = A(0)
d = {}
o.x, d["k"] = (7, 8)
print(o.x, d)
first, *rest = (1, 2, 3)
print(first, rest)

# a, b = b, a: all values first, then the targets left to right.
x, y = 1, 2
x, y = y, x
print(x, y)
l = [0, 0]
i = 0
i, l[i] = 1, 5
print(i, l)
def unbound():
    x, z = z, 1
    z = 0
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class L(list):
    def __iter__(self):
        return iter(["list", "__iter__"])
print([*T((1, 2))], (*L([3, 4]),), [*L([5])])
def args(*a): return a
print(args(*T((1, 2))), args(*L([3])))
a1, *a2 = L([1, 2, 3])
print(a1, a2)
for p1, p2 in [T((1, 2)), L([3, 4])]:
    print(p1, p2)

# Methods of builtin types at a node that also sees subclasses with their own.
class MyList(list):
    def append(self, x):
        print("MyList.append", x)
ml = MyList()
for l in [[], MyList(), [], ml]:
    l.append(1)
    print(l, l.pop() if l else "empty")
for s in ["a-b", "c-d"]:
    print(s.split("-"), s.upper())
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    "x".split(1)
except TypeError as e:
    print("TypeError:", e)

# obj.x op= v through the node's cache: plain, big ints, properties, __getattr__, __slots__, class attributes.
class Cnt:
    total = 100
    def __init__(self):
        self.n = 0
c = Cnt()
for i in range(3):
    c.n += 1
    c.total += i          # first reads the class attribute, then the instance's own
c.n += 2**63
print(c.n, c.total, Cnt.total)
class Prop:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        print("setter", x)
        self._v = x
p = Prop()
for i in range(2):
    p.v += 10
class GA:
    def __getattr__(self, n):
        return 5
g = GA()
for i in range(2):
    g.z += 1
print(g.z)
class Sl:
    __slots__ = ("a",)
sl = Sl()
sl.a = 1
for i in range(2):
    sl.a += 1
print(sl.a)
try:
    sl.b += 1
except AttributeError as e:
    print("AttributeError:", e)
