# weakref.proxy stands for its referent in attributes, operators, items, iteration and calls; a dead proxy raises ReferenceError; proxies are unhashable.
import weakref
class Vec:
    def __init__(self, x): self.x = x
    def __add__(self, o): return Vec(self.x + (o.x if isinstance(o, Vec) else o))
    def __radd__(self, o): return Vec(o + self.x)
    def __eq__(self, o): return isinstance(o, Vec) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __neg__(self): return Vec(-self.x)
    def __len__(self): return self.x
    def __bool__(self): return self.x != 0
    def __call__(self, y): return self.x * y
    def __getitem__(self, i): return i * 2
    def __iter__(self): return iter(range(self.x))
    def __repr__(self): return 'Vec(%r)' % self.x
    def __index__(self): return self.x
    def __int__(self): return self.x
    def __float__(self): return float(self.x)
    def __abs__(self): return abs(self.x)
v = Vec(3)
p = weakref.proxy(v)
print(type(p).__name__, p.x, (p + 1).x, (1 + p).x, (p + p).x, (-p).x, len(p), bool(p), p(5), p[4], list(p))
print(p == v, v == p, p == Vec(3), p < Vec(4), str(p), repr(p).startswith('<weakproxy at '), isinstance(p, Vec))
print(int(p), float(p), abs(p), [10, 20, 30, 40][p], hex(p))
p.y = 7
print(v.y)
del p.y
print(hasattr(v, 'y'), p.__class__ is Vec, weakref.proxy(v) is p, weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
class Plain: pass
pp = weakref.proxy(Plain())
for action in (lambda: pp.x, lambda: str(pp), lambda: pp + 1, lambda: len(pp), lambda: bool(pp)):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError', e)
print(repr(pp).split(' at ')[1].split()[-1])
called = []
def f(*args, **kw): return args, kw
cp = weakref.proxy(f, called.append)
print(type(cp).__name__, cp(1, k=2), callable(cp), callable(p), callable(weakref.proxy(Plain)))
del f
print(len(called), type(called[0]).__name__)
lst = [1, 2]
class L(list): pass
ll = L([1, 2, 3])
pl = weakref.proxy(ll)
print(len(pl), pl[1], 2 in pl, list(pl), pl + [4], pl * 2, pl == [1, 2, 3], list(reversed(pl)))
pl[0] = 9
del pl[1]
print(ll)
pl += [5]
print(pl is ll, ll)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
it = It()
pit = weakref.proxy(it)
print(next(pit), list(pit))
try:
    next(weakref.proxy(v))
except TypeError as e:
    print('TypeError', e)
