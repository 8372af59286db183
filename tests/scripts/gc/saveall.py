# with DEBUG_SAVEALL unreachable objects are appended to gc.garbage instead of freed
import gc
gc.disable()  # only the explicit collections below (HOTPY_GC_STRESS too)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
print(gc.collect())
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print(gc.garbage)
