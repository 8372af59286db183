# gc.callbacks: called with start/stop and the collection's info, in order
import gc
gc.disable()  # only the explicit collections below (HOTPY_GC_STRESS too)

events = []
def first(phase, info):
    events.append(("first", phase, dict(info)))
def second(phase, info):
    events.append(("second", phase, sorted(info)))

gc.collect()
gc.callbacks.append(first)
gc.callbacks.append(second)
l = []
l.append(l)
del l
print(gc.collect(1))
for e in events:
    print(e)
events.clear()
gc.collect(0)
print([(who, phase) for who, phase, _ in events])
print(events[0][2], events[2][2])
gc.callbacks.remove(second)

# automatic collections call them too
events.clear()
old = gc.get_threshold()
gc.set_threshold(10)
gc.enable()
junk = [[] for i in range(100)]
gc.disable()
gc.set_threshold(*old)
gc.callbacks.remove(first)
phases = [phase for _, phase, _ in events]
print(len(phases) > 0, phases[:2], all(type(info["collected"]) is int for _, _, info in events))

# a callback that removes itself does not disturb the others of this collection
def once(phase, info):
    gc.callbacks.remove(once)
    events.append("once " + phase)
def always(phase, info):
    events.append("always " + phase)
events.clear()
gc.callbacks.extend([once, always])
gc.collect()
print(events)
gc.callbacks.clear()
