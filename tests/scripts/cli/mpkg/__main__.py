# mpkg's __main__, run by `-m mpkg` (module_package.py)
import sys
from . import helper
print("__main__ runs:", __name__, __package__, __spec__.name)
print("argv:", sys.argv[0].endswith("mpkg/__main__.py"), sys.argv[1:])
print("helper:", helper.VALUE, "mpkg" in sys.modules, "mpkg.__main__" in sys.modules)
