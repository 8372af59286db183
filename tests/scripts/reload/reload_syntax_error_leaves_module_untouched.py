# A reload whose new source does not compile raises SyntaxError before running
# anything: the module keeps every name and value it had.
import importlib

with open("stable_mod.py", "w") as f:
    f.write("value = 'original'\ncount = 1\n")
import stable_mod

with open("stable_mod.py", "w") as f:
    f.write("value = 'changed'\ncount = = 2\n")
try:
    importlib.reload(stable_mod)
except SyntaxError as e:
    print("SyntaxError at line", e.lineno)
print(stable_mod.value, stable_mod.count)

with open("stable_mod.py", "w") as f:
    f.write("value = 'fixed'\nraise ValueError('half way')\ncount = 3\n")
try:
    importlib.reload(stable_mod)
except ValueError as e:
    print("ValueError:", e)
print(stable_mod.value, stable_mod.count)
