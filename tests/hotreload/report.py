# The report: rep.modules, and rep.added/changed/removed/patched as dicts from module
# name to a sorted list of names; repr(rep) is the one-line summary. A name is changed
# when its new value is a different object and, for functions and classes, its code or
# namespace differs: re-creating an identical function (or an equal constant) is not a
# change. Dunder names are not reported. Arguments are checked as reload() checks them.
import sys
import types
import hotreload
from hrtest import write, expect

write("changer", '''
    message = "First version"
    def printer():
        print(message)
''')
import changer
write("changer", '''
    message = "First version"
    def printer():
        print('reloaded:', message)
''')
rep = hotreload.reload(changer)
expect(repr(rep), "<reload changer: 1 changed (printer), 0 added, 0 removed>")
expect(rep.modules, ["changer"])
expect((rep.changed, rep.added, rep.removed, rep.patched),
       ({"changer": ["printer"]}, {"changer": []}, {"changer": []}, {"changer": []}))
expect(type(rep).__name__, "ReloadReport")
expect(type(rep), hotreload.ReloadReport)

write("changer", '''
    message = "After editing"
    limit = 10
    table = {}
    def printer():
        print('reloaded:', message)
    def extra(): pass
''')
rep = hotreload.reload(changer)
expect(repr(rep), "<reload changer: 1 changed (message), 3 added (extra, limit, table), 0 removed>")

# Identical code: functions with the same text and equal immutable defaults, equal
# strings and numbers are no change; a new dict is (a different mutable object).
rep = hotreload.reload(changer)
expect(rep.changed, {"changer": ["table"]})

# A default that names a changed constant changes the function; a default [] again does not.
write("defaults", "N = 1\ndef f(x=N): pass\ndef g(x=[]): pass\nclass C:\n    def m(self, y=N): pass\n")
import defaults
expect(hotreload.reload(defaults).changed, {"defaults": []})
write("defaults", "N = 2\ndef f(x=N): pass\ndef g(x=[]): pass\nclass C:\n    def m(self, y=N): pass\n")
expect(hotreload.reload(defaults).changed, {"defaults": ["C", "N", "f"]})

# A function moved down by an edit above it is the same code.
write("defaults", "\n\nN = 2\ndef f(x=N): pass\ndef g(x=[]): pass\nclass C:\n    def m(self, y=N): pass\n")
expect(hotreload.reload(defaults).changed, {"defaults": []})

for bad, error in [(42, "reload() argument must be a module"), ]:
    try:
        hotreload.reload(bad)
    except TypeError as e:
        expect(str(e), error)
m = types.ModuleType("not_imported")
try:
    hotreload.reload(m)
except ImportError as e:
    expect((str(e), e.name), ("module not_imported not in sys.modules", "not_imported"))
try:
    hotreload.reload(changer, True)
except TypeError as e:
    expect(str(e), "reload() takes at most 1 argument (2 given)")
try:
    hotreload.reload(changer, bogus=True)
except TypeError as e:
    expect(str(e), "reload() got an unexpected keyword argument 'bogus'")
print("ok")
