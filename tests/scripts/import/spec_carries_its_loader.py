# Every module's __spec__.loader is its __loader__: a SourceFileLoader for a source
# file (its exec_module runs the file in a module, as import does), the BuiltinImporter
# class for a native module; __main__ (this script) has a loader and no spec.
import sys
import time

import plain_helper

loader = plain_helper.__loader__
print(type(loader).__module__, type(loader).__name__, loader is plain_helper.__spec__.loader)
print(loader.name, loader.path == plain_helper.__file__, loader.get_filename() == plain_helper.__file__)
print(loader.is_package("plain_helper"), loader.create_module(plain_helper.__spec__))

fresh = type(sys)("plain_helper")
loader.exec_module(fresh)
print(sorted(k for k in vars(fresh) if not k.startswith("__")) == sorted(k for k in vars(plain_helper) if not k.startswith("__")))
other = type(sys)("other")
try:
    loader.exec_module(other)
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    type(loader)("gone", "no_such_file.py").exec_module(type(sys)("gone"))
except OSError as e:
    print(type(e).__name__, e)

print(time.__loader__, time.__spec__.loader is time.__loader__, time.__spec__.origin, time.__spec__.has_location)
print(time.__spec__.submodule_search_locations, time.__spec__.parent == "")
main = sys.modules["__main__"]
print(type(main.__loader__).__name__, main.__loader__.name, main.__spec__, main.__cached__)
print(main.__loader__.path == __file__)
