# gc.get_referents and gc.get_referrers on simple objects
import gc

a = "alpha"
b = "beta"
# (CPython visits a list's items last to first: sort what is compared)
print(sorted(gc.get_referents([a, b])))
print(sorted(type(r).__name__ for r in gc.get_referents((a, [b]))))
print(gc.get_referents(1, "s", None))
inner = [a]
outer = [inner, inner]
print(len(gc.get_referents(outer)), all(r is inner for r in gc.get_referents(outer)))
print(len(gc.get_referents(inner, outer)))

class Thing:
    pass
t = Thing()
print(Thing in gc.get_referents(t))

target = []
holder1 = [target]
holder2 = {"key": target}
referrers = gc.get_referrers(target)
print(any(r is holder1 for r in referrers), any(r is holder2 for r in referrers))
print(any(r is inner for r in gc.get_referrers(target)))
both = gc.get_referrers(target, inner)
print(any(r is holder1 for r in both), any(r is outer for r in both))
print(gc.get_referrers())
