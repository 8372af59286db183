# a package run by `-m mpkg` and `-m mpkg.tool` (module_*.py): its code runs first
import sys
print("mpkg/__init__ runs, __name__ =", __name__, "argv =", sys.argv[:1])
