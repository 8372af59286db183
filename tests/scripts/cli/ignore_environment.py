# -E: PYTHONPATH, PYTHONOPTIMIZE and PYTHONSAFEPATH are ignored
import sys
try:
    import libmod
    print("libmod found")
except ImportError as e:
    print("ImportError:", e)
import sibling
print(sibling.NAME, __debug__, sys.flags.ignore_environment, sys.flags.optimize, sys.flags.safe_path)
