# Regression: after reload(m), instances made from the old module's classes keep
# those classes (exception, int, str subclasses too), even once nothing else refers to them.
import importlib

source = """
class Error(Exception):
    code = {v}
class Count(int):
    code = {v}
class Name(str):
    code = {v}
class Plain:
    def __repr__(self):
        return "<Plain>"
    code = {v}
"""
with open("kinds_mod.py", "w") as f:
    f.write(source.format(v=1))
import kinds_mod
old = [kinds_mod.Error("e"), kinds_mod.Count(5), kinds_mod.Name("n"), kinds_mod.Plain()]
for version in (2, 3):
    with open("kinds_mod.py", "w") as f:
        f.write(source.format(v=version) + "#" * version + "\n")  # a new size: CPython's cached bytecode is stale
    importlib.reload(kinds_mod)
    junk = [[i, str(i)] for i in range(50000)]
    del junk
for obj in old:
    k = type(obj)
    new = getattr(kinds_mod, k.__name__)
    print(k.__name__, k.__module__, k.code, new.code, k is new, isinstance(obj, new), repr(obj))
