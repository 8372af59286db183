# an exception raised by a gc callback is reported as ignored, and collection goes on
import gc
gc.disable()  # only the explicit collections below (HOTPY_GC_STRESS too)

class Failing:
    def __call__(self, phase, info):
        raise ValueError("callback failed at " + phase)
    def __repr__(self):
        return "<Failing callback>"

seen = []
gc.callbacks.append(Failing())
gc.callbacks.append(lambda phase, info: seen.append(phase))
l = []
l.append(l)
del l
print(gc.collect())
print(seen)
gc.callbacks.clear()
print("done")
