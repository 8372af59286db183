# objects with __del__ left at exit are finalized in CPython's order: what goes as sys.modules empties and builtins are restored, then the module namespaces' cycles
import builtins
import gc
import sys

gc.disable()  # no collection before exit (CPython's first one at exit then skips too)

def state():
    return "sys in sys.modules: %s, sys.path: %s, sys.argv: %s" % (
        "sys" in sys.modules, "list" if sys.path else sys.path, sys.argv)

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "|", state(), "| global_value:", global_value)

global_value = "main-alive"
cycle = Tracked("cycle")
cycle.me = cycle
del cycle
first = Tracked("first")
_underscored = Tracked("_underscored")
pair_a, pair_b = Tracked("pair a"), Tracked("pair b")
pair_a.other, pair_b.other = pair_b, pair_a
builtins.injected = Tracked("added to builtins")
last = Tracked("last")
print("end of script")
