# run by `-m mpkg.tool` (module_submodule.py)
import sys
from .helper import VALUE
print("tool runs:", __name__, __package__, __spec__.name, VALUE)
print("argv:", sys.argv[0].endswith("mpkg/tool.py"), sys.argv[1:])
print("__file__:", __file__.endswith("mpkg/tool.py"), "path[0] is the cwd:", sys.path[0] != "")
