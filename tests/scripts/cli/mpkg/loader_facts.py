# run by `-m mpkg.loader_facts` (module_runs_through_its_loader.py)
import sys

main = sys.modules["__main__"]
print(__name__, __spec__.name, __loader__ is __spec__.loader, __loader__.name)
print(type(__loader__).__name__, __loader__.path == __file__, "__cached__" in globals())
