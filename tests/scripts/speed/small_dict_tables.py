# Dicts start with a 4-slot table for 3 entries, then grow to 8 slots (5 entries) and on
# as before. Exercise every size across both steps, with deletions leaving dummies in
# the small table, colliding hashes, an __eq__ that changes the dict, copies and views.


class Key:
    # Equal hashes for all: every probe walks the whole chain.
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


for n in range(0, 12):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    assert len(d) == n
    print(n, list(d.items())[-2:], sum(d.values()), all(d["k%d" % i] == i for i in range(n)))

# Churn in the small table: insert and delete so that dummies fill the index.
d = {}
for i in range(40):
    d[i] = i
    if i % 2 == 0:
        del d[i]
    if len(d) > 2:
        d.pop(min(d))
print(sorted(d.items()), len(d))

d = {1: "a", 2: "b", 3: "c"}
del d[2]
d[4] = "d"
d[5] = "e"
print(d, d.popitem(), d)
d[2] = "b"
print(list(d), list(d.values()), 2 in d, 3 in d, 6 in d)

# Colliding hashes across the step from 4 to 8 slots and beyond.
c = {}
for i in range(7):
    c[Key(i)] = i
    print(i, [c[Key(j)] for j in range(i + 1)], Key(i + 1) in c)
del c[Key(1)]
c[Key(1)] = "again"
print(list(c.items()))


# An __eq__ that adds keys while a small table is probed: the lookup starts again.
class Mutating:
    def __init__(self, target):
        self.target = target
        self.fired = False

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if not self.fired:
            self.fired = True
            for i in range(10):
                self.target["m%d" % i] = i
        return False


t = {1.0: "one"}
m = Mutating(t)
print(t.get(m), len(t), sorted(map(str, t)))

# Copies, comprehension, dict(), fromkeys, update and equality at each size.
for n in (1, 3, 4, 5, 6, 9):
    base = {i: str(i) for i in range(n)}
    cp = base.copy()
    cp[n] = "new"
    other = dict(base)
    other.update({n + 1: "x"})
    print(n, base == dict(zip(range(n), map(str, range(n)))), len(cp), len(other),
          dict.fromkeys(range(n)) == {i: None for i in range(n)}, list(reversed(base))[:2])

# setdefault / clear on small tables, and reuse after clear.
s = {}
for i in range(6):
    s.setdefault(i % 4, []).append(i)
print(s)
s.clear()
s["a"] = 1
s["b"] = 2
s["c"] = 3
s["d"] = 4
print(s, len(s))

# kwargs dicts of each size.
def kw(**k):
    return sorted(k.items())


print(kw(), kw(a=1), kw(a=1, b=2, c=3), kw(a=1, b=2, c=3, d=4, e=5, f=6))
