# The importer reads the interpreter's sys.path attribute: rebound or deleted, it fails as CPython does.
import sys
saved = sys.path
sys.path = None
try:
    import plain_helper
except Exception as e:
    print(type(e).__name__, e)
sys.path = [1, 2]
try:
    import plain_helper
except Exception as e:
    print(type(e).__name__, e)
del sys.path
try:
    import plain_helper
except Exception as e:
    print(type(e).__name__, e)
import math
print(math.floor(2.5))
sys.path = saved
import plain_helper
print(plain_helper.VALUE)
