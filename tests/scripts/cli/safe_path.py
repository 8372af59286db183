# -P: the script's folder is not put on sys.path, so a module beside it is not found
import sys
print(sys.flags.safe_path)
try:
    import sibling
    print("sibling found")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
