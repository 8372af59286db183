# run when the folder appdir is given as the script (folder_main.py)
import sys
print("appdir/__main__ runs:", __name__, sys.argv)
print("path[0]:", sys.path[0].endswith("/appdir"), __file__.endswith("/appdir/__main__.py"))
import appdir_helper
print(appdir_helper.WHERE)
