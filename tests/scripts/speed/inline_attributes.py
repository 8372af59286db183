# Instance attributes kept inline (by position among a class's shared names) behave as a dict would: order, deletion, out-of-order names, many names, __dict__ views and assignment, __class__ changes, finalization order.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


a = P(1, 2)
b = P(3, 4)
print(a.total(), b.total(), a.__dict__, vars(b))

# A name set out of the class's first order, and one deleted.
c = P(5, 6)
c.z = 7
del c.x
print(c.__dict__, hasattr(c, "x"), c.y, c.z)
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)


class Q:
    def __init__(self, flag):
        if flag:
            self.extra = flag
        self.base = 0


print([vars(Q(i % 2)) for i in range(4)])

# Names made at run time, and str subclasses as names.
class S(str):
    pass

name = "dyn" + "amic"
setattr(a, name, 9)
print(a.dynamic, getattr(a, "dyn" + "amic"), a.__dict__)
setattr(b, S("sub"), 10)
print(b.sub, b.__dict__)

# The dict, once asked for, is the instance's: changes to it are attributes.
d = vars(a)
d["w"] = 11
print(a.w, a.__dict__ is d)
a.v = 12
print(d)
a.__dict__ = {"only": 1}
print(a.__dict__, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


# More names than a class shares.
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3])
m2 = Many()
m2.a0 = "first"
print(m2.__dict__)


# Methods and attributes shadowing them.
class M:
    def f(self):
        return "method"


o = M()
print(o.f())
o.f = lambda: "instance"
print(o.f(), M().f())


# __class__ assignment keeps the attributes.
class A1:
    def __init__(self):
        self.p = 1
        self.q = 2


class A2:
    def __init__(self):
        self.q = 3


x = A1()
x.__class__ = A2
x.r = 4
print(type(x).__name__, x.p, x.q, x.r, x.__dict__, vars(A2()))


# Values are dropped in the order they were set.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Holder:
    pass


h = Holder()
h.first = Noisy(1)
h.second = Noisy(2)
h.third = Noisy(3)
del h
print("cycle")
h = Holder()
h.me = h
h.n = Noisy(4)
del h
print(gc.collect() > 0)

# Reassigning an attribute to itself, equality of names made differently.
p = P(1, 2)
p.x = p.x
setattr(p, "".join(["y"]), 20)
print(p.__dict__, p.total())
print(getattr(p, "nope", "default"))
