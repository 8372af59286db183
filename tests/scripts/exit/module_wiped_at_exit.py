# a module still referenced after sys.modules is emptied is wiped: names with one underscore become None first, then the others in order
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "| before:", before, "| after:", after, "| _private_value:", _private_value)

sys.keep_main_alive = sys.modules[__name__]
before = "before-alive"
first = Tracked("first")
_underscored = Tracked("_underscored")
_private_value = "private-alive"
held = [Tracked("in list 1"), Tracked("in list 2")]
last = Tracked("last")
after = "after-alive"
print("end of script")
