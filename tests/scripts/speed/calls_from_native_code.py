# Python functions called by the interpreter's own code (operator dunders, compare and
# len slots, key functions, map/filter/sorted): arguments, defaults read at the call,
# keyword-only parameters, *args, generators, errors, and the arguments' lifetimes.
import sys

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o, scale=10):
        return V(self.x + o.x * scale)
    def __sub__(self, o, *rest):
        return V(self.x - o.x + len(rest))
    def __mul__(self, k, *, bonus=1):
        return V(self.x * k + bonus)
    def __truediv__(self, k):
        k = k * 2          # a parameter rebound in the body
        self = None
        return k
    def __lt__(self, o, flip=False):
        return (self.x > o.x) if flip else (self.x < o.x)
    def __len__(self):
        return self.x
    def __repr__(self):
        return "V(%d)" % self.x

a, b = V(3), V(4)
print(a + b, a - b, a * 5, a / 7, a < b, b < a, len(a))
V.__add__.__defaults__ = (100,)
print(a + b)
V.__add__.__defaults__ = None
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
V.__lt__.__defaults__ = (True,)
print(a < b, sorted([V(5), V(1), V(3)]))

class Gen:
    def __add__(self, o):
        yield o
        yield o * 2
print(list(Gen() + 21))

class Bad:
    def __add__(self, o):
        return undefined_name + o
    def __mul__(self, o, extra):
        return o
try:
    Bad() + 1
except NameError as e:
    print("NameError:", e)
try:
    Bad() * 2
except TypeError as e:
    print("TypeError:", e)

def key(item, offset=1000):
    return -item + offset
def two(x, y=0, *, z=5):
    return x + y + z
print(sorted([3, 1, 2], key=key), list(map(two, [1, 2], [10, 20])), list(map(two, [7])))
print(list(filter(lambda v, keep=2: v % keep, range(7))))

class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
    def __add__(self, o):
        return Tracked.alive
print(Tracked() + Tracked(), Tracked.alive)

class Deep:
    def __add__(self, o):
        return self + o
sys.setrecursionlimit(200)
try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)

class Pair:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self, step=1):
        yield self.lo
        yield self.hi * step
lo, hi = Pair(1, 2)
print(lo, hi)
Pair.__iter__.__defaults__ = (10,)
print(*Pair(1, 2))
Pair.__iter__.__defaults__ = (7, 8, 9)
print(*Pair(1, 2))
Pair.__iter__.__defaults__ = None
try:
    lo, hi = Pair(1, 2)
except TypeError as e:
    print("TypeError:", e)
