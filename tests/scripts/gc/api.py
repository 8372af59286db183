# the gc module's functions: arguments, errors, thresholds, flags, stats
import gc

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(gc.collect, 3)
attempt(gc.collect, -1)
attempt(gc.collect, "x")
attempt(gc.collect, generation=5)
attempt(gc.collect, 1, 2)
attempt(gc.collect, gen=1)
attempt(gc.get_objects, 3)
attempt(gc.get_objects, -2)
attempt(gc.get_objects, "a")
attempt(gc.set_threshold)
attempt(gc.set_threshold, 1, 2, 3, 4)
attempt(gc.set_threshold, "a")
attempt(gc.enable, 1)
attempt(gc.is_tracked)
attempt(gc.set_debug)
attempt(gc.get_referents, x=1)
attempt(gc.freeze, 1)

print(sorted(k for k in dir(gc) if k.startswith("DEBUG")))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

old = gc.get_threshold()
print(type(old).__name__, len(old))
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(400, 20)
print(gc.get_threshold()[:2])
gc.set_threshold(300, 30, 40)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
gc.collect()
print(gc.get_count()[1:])

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_debug())
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2 ** 100))
class K:
    pass
def fn():
    pass
print(gc.is_tracked([]), gc.is_tracked(K()), gc.is_tracked(fn), gc.is_tracked({1: []}))
print(gc.is_finalized(K()), gc.is_finalized(3))

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
before = gc.get_stats()[1]["collections"]
gc.collect(1)
print(gc.get_stats()[1]["collections"] - before)

import gc as again
print(again.garbage is gc.garbage, again.callbacks is gc.callbacks, type(gc.garbage).__name__)
