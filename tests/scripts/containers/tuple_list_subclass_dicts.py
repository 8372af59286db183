# tuple and list subclasses keep an attribute dict; plain ones have none; cycles through that dict are collected and finalizers run items first
import gc, collections

class T(tuple): pass
class L(list): pass

t = T((1, 2)); t.name = "t"; t.__dict__["more"] = 3
l = L([1]); l.name = "l"
print(t, t.name, t.more, sorted(t.__dict__), l, l.name, vars(l))
for obj in ((1,), [1]):
    try:
        obj.x = 1
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError", e)
print(hasattr((), "__dict__"), hasattr([], "__dict__"), hasattr(t, "__dict__"))

P = collections.namedtuple("P", "x y")
class Q(P): pass
q = Q(1, 2); q.tag = "q"
print(q, q.tag, q._replace(x=5))

class Loud:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

x = L([Loud("item1"), Loud("item2")]); x.attr = Loud("dict value")
del x
y = T((Loud("t-item"),)); y.attr = Loud("t-dict value")
del y

gc.collect()
c = L(); c.me = c; c.payload = Loud("cycle via dict")
d = T((Loud("tuple cycle item"),)); d.me = d
del c, d
print("collected", gc.collect() > 0)
print(L.__new__(L), T.__new__(T, "ab"), isinstance(T.__new__(T), T))
