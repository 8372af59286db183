# a collected cycle is gone from the tracked objects, a live one stays
import gc

class Node:
    pass

def make_cycles(n):
    for i in range(n):
        x = Node()
        y = Node()
        x.peer = y
        y.peer = x
        z = []
        z.append(z)

gc.collect()
gc.disable()
before = len(gc.get_objects())
make_cycles(100)
print("grown", len(gc.get_objects()) - before >= 300)
gc.collect()
print("back", len(gc.get_objects()) - before <= 0)
kept = []
kept.append(kept)
holder = [kept]
gc.collect()
print("live cycle kept", holder[0] is kept, kept in gc.get_objects(), gc.is_tracked(kept))
gc.enable()
