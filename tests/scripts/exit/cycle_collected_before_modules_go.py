# at exit a first collection (when the collector is enabled) finalizes the program's cycles while sys and the modules are intact; gc.callbacks see it
import gc
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "| sys.path is a list:", isinstance(sys.path, list), "| argv:", sys.argv)

def on_collection(phase, info):
    sys.stdout.write("gc callback: %s\n" % phase)

gc.collect()
cycle = Tracked("cycle")
cycle.me = cycle
del cycle
gc.callbacks.append(on_collection)
print("end of script")
