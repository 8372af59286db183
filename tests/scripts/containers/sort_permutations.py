# Sorting moves every item to its place (cycle by cycle, in the list itself): stability
# with and without keys, reverse, repeated values, every length from 0 up, keys whose
# __del__ shows the order they die in, and a key that raises half-way (list unchanged).
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n

for n in [0, 1, 2, 3, 5, 16, 17, 33, 100, 1000]:
    xs = [rnd(50) for _ in range(n)]
    for key in [None, lambda v: -v, lambda v: (v % 7, v), str]:
        for rev in [False, True]:
            a = sorted(xs, key=key, reverse=rev)
            pairs = [(x, i) for i, x in enumerate(xs)]
            b = sorted(pairs, key=(lambda p: key(p[0])) if key else (lambda p: p[0]), reverse=rev)
            print(n, rev, a[:5], a[-3:], [p[1] for p in b][:8], sum(a), [p[0] for p in b] == a)

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __del__(self):
        print("key", self.v, "dies")
items = [3, 1, 2]
items.sort(key=Key)
print(items)

def bad(v):
    if v == 7:
        raise ValueError("bad key")
    return v
items = [9, 8, 7, 6]
try:
    items.sort(key=bad)
except ValueError as e:
    print("ValueError:", e, items)
cycle = list(range(10))[::-1]
cycle.sort()
print(cycle)
rot = [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
rot.sort()
print(rot)
