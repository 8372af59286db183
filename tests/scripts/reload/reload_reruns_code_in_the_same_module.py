# reload() reruns a module's code in its existing dict: reassigned names change,
# names the new code no longer assigns survive, `from m import x` bindings keep the
# old objects, instances keep their old class, and the result is sys.modules[name].
import importlib
import sys

with open("shapes_mod.py", "w") as f:
    f.write("version = 1\nold_only = 'kept'\nclass Shape:\n    sides = 3\n")
import shapes_mod
from shapes_mod import version as taken
before = shapes_mod.Shape()
same_dict = shapes_mod.__dict__

with open("shapes_mod.py", "w") as f:
    f.write("version = 2\nclass Shape:\n    sides = 4\n")
result = importlib.reload(shapes_mod)
print(result is shapes_mod, result is sys.modules["shapes_mod"], shapes_mod.__dict__ is same_dict)
print(shapes_mod.version, taken, shapes_mod.old_only)
print(type(before).sides, shapes_mod.Shape.sides, isinstance(before, shapes_mod.Shape))
print(shapes_mod.__name__, shapes_mod.__spec__.name, shapes_mod.__file__.endswith("shapes_mod.py"))
