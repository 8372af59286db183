# gc.freeze moves tracked objects out of the collections until gc.unfreeze
import gc
gc.disable()  # only the explicit collections below (HOTPY_GC_STRESS too)

gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
frozen = gc.get_freeze_count()
l = []
l.append(l)
del l
print(gc.collect())
print(gc.get_freeze_count() == frozen)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
