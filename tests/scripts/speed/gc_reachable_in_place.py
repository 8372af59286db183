# A collection writes the reachable objects over the front of its list as it finds
# them (no second list). What users see must not change: which objects are collected,
# the counts gc.collect() returns, and the order finalizers run in, for garbage mixed
# with live objects, live objects found only through ones visited later (set aside,
# then rescued), chains that rescue in turn, and finalizers that resurrect.
import gc

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

    def __del__(self):
        log.append(self.name)


def collect(label, count=True):
    n = gc.collect()
    print(label, n if count else "-", log)
    log.clear()


gc.collect()
gc.disable()

# Pure garbage: two cycles, made interleaved.
a, b, c, d = Node("a"), Node("b"), Node("c"), Node("d")
a.ref, b.ref, c.ref, d.ref = c, d, a, b
del a, b, c, d
collect("cycles")

# Live objects reached only through one made after them (set aside, then rescued),
# a chain of them, and garbage between.
keep = []
chain = [Node("k%d" % i) for i in range(6)]
for x, y in zip(chain, chain[1:]):
    y.ref = x            # each rescued through the one made after it
chain[0].ref = chain[-1]  # a cycle, live through `keep`
g1, g2 = Node("g1"), Node("g2")
g1.ref, g2.ref = g2, g1
keep.append(chain[-1])
del chain, x, y, g1, g2
collect("rescued")
print([n.name for n in [keep[0], keep[0].ref, keep[0].ref.ref]])

# A finalizer that resurrects its object: kept once, collected the next time.
saved = []


class Phoenix(Node):
    def __del__(self):
        log.append(self.name)
        if not saved:
            saved.append(self)


p, q = Phoenix("p"), Node("q")
p.ref, q.ref = q, p
del p, q
collect("resurrect", count=False)  # hotpy counts 2 here, CPython 0 (not this change)
print([s.name for s in saved], saved[0].ref.name)
saved.clear()
collect("again")

# Many objects: the counts of a big collection.
big = [Node("n") for _ in range(3000)]
for i, n in enumerate(big):
    n.ref = big[(i * 7 + 1) % len(big)]
live = big[::500]
del big, n
n = gc.collect()
print("big", n, len(log), len(live), all(x.ref is not None for x in live))
log.clear()
keep.clear()
live.clear()
collect("rest")
gc.enable()
