# Clearing sys.modules does not break the import system: native and source modules import again.
import sys
sys.modules.clear()
import math
print(math.sqrt(16.0))
import plain_helper
print(plain_helper.VALUE)
import builtins
print(builtins.len("abc"))
print(sorted(k for k in sys.modules if k in ('math', 'plain_helper', 'builtins')))
