# PYTHONOPTIMIZE, PYTHONSAFEPATH, PYTHONDEBUG, PYTHONWARNINGS, PYTHONDEVMODE: as -O, -P, -d, -W, -X dev
import sys
f = sys.flags
print(f.optimize, f.safe_path, f.debug, f.dev_mode, f.inspect, __debug__)
print(sys.warnoptions)
try:
    import sibling
    print("sibling found")
except ImportError:
    print("sibling not found")
assert False, "asserts are off"
def g():
    "doc"
print(g.__doc__)
