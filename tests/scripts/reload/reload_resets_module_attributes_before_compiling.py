# reload() resets __file__ and __spec__ from the spec it finds before compiling the new
# source (importlib's _exec), so a reload that fails to compile has reset them already;
# a module whose file can no longer be found is not reloaded and stays as it was.
import importlib
import sys

sys.path.insert(0, "attrs_dir")
with open("attrs_dir/attrs_mod.py", "w") as f:
    f.write("x = 1\n")
import attrs_mod

spec = attrs_mod.__spec__
attrs_mod.__file__ = "changed"
with open("attrs_dir/attrs_mod.py", "w") as f:
    f.write("x = (1,\n")
try:
    importlib.reload(attrs_mod)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(attrs_mod.__spec__ is spec, attrs_mod.__file__.endswith("/attrs_dir/attrs_mod.py"), attrs_mod.x)

sys.path.remove("attrs_dir")
attrs_mod.__file__ = "changed again"
try:
    importlib.reload(attrs_mod)
except ImportError as e:
    print(type(e).__name__ + ":", e, e.name)
print(attrs_mod.__file__, attrs_mod.x, "attrs_mod" in sys.modules)
