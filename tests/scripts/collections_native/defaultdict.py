# _collections.defaultdict, _count_elements and _tuplegetter as CPython's
from _collections import defaultdict, _count_elements, _tuplegetter

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(d, d.default_factory, isinstance(d, dict), len(d))
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})), defaultdict(int, a=1, b=2))
n = defaultdict(int)
for w in "the cat the hat the end".split():
    n[w] += 1
print(sorted(n.items()), n.get("zzz"), "zzz" in n)
err("missing no factory", lambda: defaultdict()["x"])
err("bad factory", lambda: defaultdict(5))
print(d.__missing__("c"), sorted(d))
c = d.copy(); c["z"].append(0)
print(type(c).__name__, c, d.get("z"))
print(d.__copy__(), d.__reduce__()[:4])
u = defaultdict(list, {1: [1]}) | {2: [2]}
print(type(u).__name__, u)
u2 = {0: 0} | defaultdict(str, {1: "x"})
print(type(u2).__name__, u2)
u |= {3: 3}; print(u)
d.default_factory = set; d["s"].add(1); print(d["s"])

class Rec(defaultdict):
    pass
r = Rec(lambda: 7)
print(r["q"], type(r).__name__, r.copy()["w"])
rec = defaultdict(); rec.default_factory = rec
print(repr(rec)[:24])
print(defaultdict[str, int])

counts = {}
_count_elements(counts, "abracadabra")
print(counts)
class Cnt(dict):
    pass
cc = Cnt()
_count_elements(cc, [1, 2, 1])
print(cc)
class Odd(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = Odd()
_count_elements(o, "aa")
print(o)

g = _tuplegetter(1, "second")
class P(tuple):
    y = g
print(P((1, 2)).y, g.__doc__, type(g).__name__)
err("tuplegetter non-tuple", lambda: g.__get__([1, 2], list))
err("tuplegetter short", lambda: P((1,)).y)
def setit():
    P((1, 2)).y = 5
err("tuplegetter set", setit)
class Pt(tuple):
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")
p = Pt((3, 4))
print(p.x, p.y, Pt.x.__doc__, Pt.x.__reduce__()[1])
Pt.x.__doc__ = "the x"
print(Pt.x.__doc__)
class Outer:
    class DD(defaultdict):
        pass
print(repr(Outer.DD(int, {1: 2})))
