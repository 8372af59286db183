# The collector's steps between finding garbage and freeing it: weak references to
# it are cleared and their callbacks run, finalizers run, and what they resurrect
# survives. Collections without any of these take none of the steps; these cases
# need each of them.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def pair(a, b):
    x, y = Node(a), Node(b)
    x.peer, y.peer = y, x
    return x, y


# 1. Plain garbage: freed, counted.
gc.collect()
pair("a", "b")
print("plain:", gc.collect())

# 2. A weak reference without a callback: cleared.
x, y = pair("c", "d")
r = weakref.ref(x)
del x, y
print("weak, no callback:", gc.collect(), r())

# 3. A callback outside the garbage runs, and sees its referent gone.
seen = []
x, y = pair("e", "f")
r = weakref.ref(y, lambda ref: seen.append(("callback", ref())))
del x, y
print("callback:", gc.collect(), seen)

# 4. A callback that gives the class a __del__ while the garbage waits: the
#    finalizer then runs on the garbage and resurrects it.
class Late:
    def __init__(self, name):
        self.name = name
        self.me = self


saved = []


def give_del(ref):
    Late.__del__ = lambda self: saved.append(self.name)


a = Late("late-a")
b = Late("late-b")
r = weakref.ref(a, give_del)
del a, b
n = gc.collect()
print("callback adds __del__:", sorted(saved), r())
del Late.__del__

# 5. A finalizer that resurrects its object: it survives this collection and is
#    collected again later without its finalizer running twice.
keep = []


class Phoenix:
    runs = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Phoenix.runs += 1
        keep.append(self)


Phoenix()
gc.collect()
print("resurrected:", len(keep), "finalizer runs:", Phoenix.runs)
keep.clear()
gc.collect()
print("after release:", len(keep), "finalizer runs:", Phoenix.runs)

# 6. A weak reference that is itself garbage: its callback does not run.
calls = []


class Holder:
    pass


h = Holder()
t = Holder()
h.ref = weakref.ref(t, lambda ref: calls.append("called"))
h.me = h
t.me = t
del h, t
gc.collect()
print("garbage callback calls:", calls)

# 7. Garbage of many objects, some weakly referenced, some with finalizers.
order = []


class D:
    def __init__(self, i):
        self.i = i
        self.me = self

    def __del__(self):
        order.append(self.i)


items = [D(i) for i in range(5)] + [Node(str(i)) for i in range(5)]
refs = [weakref.ref(o) for o in items[3:8]]
del items
n = gc.collect()
print("mixed:", sorted(order), [r() for r in refs])
gc.enable()
