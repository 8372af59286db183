# gc.is_tracked: a dict joins the collector only once it may hold a container
import gc
print(gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({"a": "b"}), gc.is_tracked({1: []}))
d = {}
d["x"] = 1
print(gc.is_tracked(d))
d["y"] = [1]
print(gc.is_tracked(d))
e = {"a": 1}
f = dict(e); g = e.copy(); h = {**e}
print(gc.is_tracked(f), gc.is_tracked(g), gc.is_tracked(h))
e["l"] = []
f = dict(e); g = e.copy(); h = {**e}
print(gc.is_tracked(f), gc.is_tracked(g), gc.is_tracked(h))
class D(dict): pass
print(gc.is_tracked(D()))
class A: pass
a = A()
print(gc.is_tracked(a.__dict__))
a.x = a
print(gc.is_tracked(a.__dict__))
d = {}
d["self"] = d
del d
print(gc.collect())
k = {}
k[1] = 2
k.update({"l": []})
print(gc.is_tracked(k))
k2 = dict.fromkeys("ab")
print(gc.is_tracked(k2))
k3 = {i: str(i) for i in range(3)}
print(gc.is_tracked(k3))
k4 = {i: [] for i in range(3)}
print(gc.is_tracked(k4))
k5 = {}
k5.setdefault("a", [])
print(gc.is_tracked(k5))
