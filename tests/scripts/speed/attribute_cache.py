# The same attribute node sees its answer change: a class attribute, method or
# descriptor added, replaced or removed between two runs of one `obj.name` (in a loop),
# an instance attribute shadowing a method, __class__ reassigned, __getattr__ added to a
# base class, slots, and different classes through one node.
class A:
    def m(self):
        return "A.m"

class B(A):
    pass

def read(o):
    return o.x

def call(o):
    return o.m()

def store(o, v):
    o.x = v

a = A()
a.x = 1
print(read(a), call(a))
A.x = "class x"          # a class attribute does not hide the instance's
print(read(a))
del a.x
print(read(a))           # now the class attribute shows
A.x = property(lambda self: "property x")   # a data descriptor wins over the dict
a.__dict__["x"] = "dict x"
print(read(a))
del A.x
print(read(a))
a.m = lambda: "instance m"   # an instance attribute shadows the method
print(call(a))
del a.m
print(call(a))
A.m = lambda self: "new A.m"
print(call(a), call(B()))
b = B()
store(b, 10)
print(read(b))
class Guard:
    def __set__(self, obj, v):
        obj.__dict__["x"] = v * 2
    def __get__(self, obj, owner):
        return obj.__dict__.get("x", "unset") if obj else self
B.x = Guard()
store(b, 5)
print(read(b))
del B.x
store(b, 7)
print(read(b))
def fallback(self, name):
    return "getattr " + name
A.__getattr__ = fallback
c = B()
print(read(c))
del A.__getattr__
try:
    read(c)
except AttributeError as e:
    print("AttributeError:", e)
class Other:
    def m(self):
        return "Other.m"
b.__class__ = Other
print(call(b), read(b))
class S:
    __slots__ = ("x",)
s = S()
try:
    read(s)
except AttributeError as e:
    print("AttributeError:", e)
store(s, 3)
print(read(s))
objs = [A(), B(), S(), Other()]
for i, o in enumerate(objs * 3):
    store(o, i)
    print(type(o).__name__, read(o), end="; ")
print()
print([call(o) for o in [A(), B(), Other()] * 2])


# One node reading and writing `o.x` while the instance and its class change under it:
# a class attribute of the name appears and goes, the instance's attributes move to a
# dict, and instances of a class without shared names and of a subclass pass by.
def read_all(objs):
    return [o.x if hasattr(o, "x") else None for o in objs]


def write_all(objs, v):
    for o in objs:
        o.x = v


class K:
    def __init__(self, x):
        self.x = x


class KSub(K):
    pass


ks = [K(i) for i in range(3)] + [KSub(9)]
print(read_all(ks))
K.x = "class x"              # a plain class attribute: the instance's own value still wins
print(read_all(ks), K(0).x)
del ks[0].x
print(read_all(ks))          # the class attribute shows through
del K.x
print(read_all(ks))
write_all(ks, "w")
print(read_all(ks), [vars(o) for o in ks])
d = ks[1].__dict__            # the dict view; the next writes go through it
d["x"] = "via dict"
write_all(ks[1:2], "after dict")
print(read_all(ks), d)
K.x = property(lambda self: "prop", lambda self, v: None)
write_all(ks, "ignored")
print(read_all(ks))
del K.x
print(read_all(ks))


# One `o.m()` node while instances come to shadow the method with an attribute of their
# own: before and after the name is among the class's shared names, and on a subclass.
class M:
    def __init__(self):
        self.a = 1

    def m(self):
        return "method"


class MSub(M):
    pass


def call_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except TypeError as e:
            out.append(str(e))
    return out


ms = [M(), M(), MSub()]
print(call_all(ms))
ms[1].m = lambda: "own"
print(call_all(ms))
fresh = M()
print(call_all(ms + [fresh]))
fresh.m = 5
print(call_all([fresh, M()]))
del ms[1].m
print(call_all(ms))
[].append(1), "s".upper()
print([x.upper() for x in ["a", "b"]], [l.count(1) for l in ([1], [1, 1])])
