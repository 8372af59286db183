# `x = y`, `x = G`, `x = o.a`, `x = 3` into a local: the value copied from where it is,
# and every case that goes the general way (unbound names, missing attributes,
# properties, __getattr__, cells), with the old value dropped after the store.
G = "global"

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("drop", self.name)

class P:
    def __init__(self):
        self.a = 1
    @property
    def p(self):
        return "property"
    def __getattr__(self, name):
        return "getattr " + name

def main():
    o = P()
    x = D("first")
    x = o.a
    print(x)
    y = x
    x = x
    print(x, y)
    z = G
    print(z)
    w = o.p
    print(w)
    v = o.missing
    print(v)
    c = 3.5
    print(c)
    for i in range(3):
        o.a = D("item %d" % i)
        t = o.a
    print(t.name)
    del o.a
    t = 0
    try:
        u = o.nothing_here_either
        print(u)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        q = unbound_local
        unbound_local = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        q = NOT_A_GLOBAL
    except NameError as e:
        print("NameError:", e)
    k = 5
    def inner():
        return k
    m = k
    print(m, inner())

main()

class S:
    __slots__ = ("a",)
def slots():
    s = S()
    try:
        v = s.a
    except AttributeError as e:
        print("AttributeError:", e)
    s.a = 4
    v = s.a
    print(v)
slots()
