# reload() checks its argument: only a module, and only the very object that
# sys.modules holds under its name.
import importlib
import sys

with open("plain_mod.py", "w") as f:
    f.write("x = 1\n")
import plain_mod
try:
    importlib.reload("plain_mod")
except TypeError as e:
    print("TypeError:", e)
old = plain_mod
del sys.modules["plain_mod"]
try:
    importlib.reload(old)
except ImportError as e:
    print(type(e).__name__ + ":", e)
import plain_mod
print(plain_mod is old, importlib.reload(plain_mod) is plain_mod)
