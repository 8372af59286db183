# The sys module exposes argv, path (a list of strings), stdout, stderr, exit and modules.
import sys
print(type(sys.path).__name__, all([isinstance(p, str) for p in sys.path]))
print(callable(sys.exit), hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
import math
print(math.sqrt(81), sys.modules["math"] is math)
