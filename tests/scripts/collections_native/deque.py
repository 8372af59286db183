# _collections.deque: methods, maxlen, indexing, reprs, comparisons, operators and errors as CPython's
from _collections import deque
import weakref

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(repr(deque), deque.__module__)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8])
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
print(d.count(1), d.count("zz"), d.index("a"), 2 in d, "q" in d)
d.insert(1, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); print(d)
d.remove("ins"); print(d)
d.reverse(); print(d, list(reversed(d)))
d[0] = "first"; del d[1]; print(d)
c = d.copy(); d.clear(); print(c, d, bool(c), bool(d))
err("pop empty", lambda: deque().pop())
err("popleft empty", lambda: deque().popleft())
err("index missing", lambda: deque([1]).index(5))
err("remove missing", lambda: deque([1]).remove(5))
err("getitem range", lambda: deque([1])[3])
err("getitem slice", lambda: deque([1])[0:1])
err("neg maxlen", lambda: deque([], -1))
err("maxlen str", lambda: deque([], "3"))
err("hash", lambda: hash(deque()))
err("add list", lambda: deque([1]) + [2])
err("index start", lambda: deque([1, 2, 3, 2]).index(2, 2))
print(deque([1, 2, 3, 2]).index(2, 2), deque("abcab").index("b", -2, 5))

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft("xy"); print(m)
err("insert full", lambda: m.insert(0, 1))
z = deque([1, 2], maxlen=0); z.append(3); print(z)
print(repr(deque([], 5)), deque(maxlen=2, iterable="abc"))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque([1]) + deque([2, 3]), deque([1, 2], maxlen=3) + deque("abc"))
print(deque([1, 2]) * 3, 2 * deque("ab"), deque([1, 2, 3], maxlen=4) * 3, deque([1]) * 0)
e = deque([1]); e += [2, 3]; e *= 2; print(e)
e += e; print(e)

r = deque([1]); r.append(r); print(r)
rr = deque(maxlen=4); rr.append(rr); print(rr)
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), type(it).__name__, type(reversed(deque())).__name__)
dm = deque([1, 2, 3])
try:
    for x in dm:
        dm.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
dm2 = deque([1, 2, 3])
for x in dm2:
    dm2[0] = 9
print(dm2)

class D(deque):
    def extra(self):
        return len(self)
s = D("abc", maxlen=5)
s.tag = "t"
print(s, s.extra(), s.tag, type(s.copy()).__name__, s.copy(), type(s + s).__name__)
print(deque[int], deque([1, [2]]).__copy__(), deque([1], 4).__reduce__()[:2], type(deque().__reduce__()[3]).__name__)
w = weakref.ref(s)
print(w() is s)
d3 = deque(); d3.__init__([1, 2]); d3.__init__("xy"); print(d3)
print(deque(x * x for x in range(5)))
print(deque("abc") == deque("abc"), deque() != deque([0]))
class Mutator:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
for name in ["count", "index", "remove", "__contains__"]:
    dd = deque([1, 2, 3])
    err(name + " mutating", lambda: getattr(dd, name)(Mutator(dd)))
de = deque([1, 2]); de.extend(de); de.extendleft(de); print(de)
er = deque(); er.rotate(5); print(er)
ri = reversed(deque([1, 2, 3]))
print(next(ri), ri.__length_hint__(), list(ri))
class Outer:
    class Q(deque):
        pass
print(repr(Outer.Q([1])), Outer.Q.__qualname__)
