# PYTHONPATH: its folders (made absolute) come after the script's folder, before the rest
import sys
import libmod
print(libmod.NAME)
print(sys.path[1] == sys.path[0] + "/libdir", sys.path[2] == sys.path[0])
