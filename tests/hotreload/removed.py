# removed="keep" (CPython's behaviour): names the previous version defined and the new
# one does not stay in the module, and the report lists them as removed. removed="drop"
# deletes them, except dunders and names the module did not define itself (set from
# outside). Also inside a patched class.
import hotreload
from hrtest import write, expect

write("shrink", '''
    import os
    from os import path as ospath
    A = 1
    B = 2
    def gone(): pass
    class Gone: pass
    def setter():
        global G
        G = 1
    class K:
        def stay(self): return 1
        def go(self): return 2
''')
import shrink
shrink.external = "set by a client"
K = shrink.K
write("shrink", '''
    A = 1
    def setter():
        pass
    class K:
        def stay(self): return 10
''')
rep = hotreload.reload(shrink, removed="keep", patch=True)
expect(rep.removed, {"shrink": ["B", "Gone", "gone", "os", "ospath"]})
expect((shrink.B, shrink.external), (2, "set by a client"))
assert hasattr(shrink, "gone") and hasattr(shrink, "os")
expect(K().go(), 2)  # kept in the class too

write("shrink", '''
    A = 1
    B = 2
    def gone(): pass
    import os
    class K:
        def stay(self): return 1
        def go(self): return 2
''')
hotreload.reload(shrink, patch=True)
write("shrink", '''
    A = 1
    class K:
        def stay(self): return 100
''')
rep = hotreload.reload(shrink, removed="drop", patch=True)
expect(rep.removed, {"shrink": ["B", "gone", "os"]})
for name in ["B", "gone", "os"]:
    assert not hasattr(shrink, name), name
# Not defined by the latest version before this one: kept (they are not its names).
expect((shrink.external, shrink.ospath.__name__, hasattr(shrink, "Gone")), ("set by a client", "posixpath", True))
assert shrink.K is K
expect(K().stay(), 100)
assert not hasattr(K, "go")
expect(shrink.__name__, "shrink")

# A reload that failed with a SyntaxError ran nothing: the names to drop next time are
# still those of the last version that ran.
write("shrink", "A = 1\ndef kept(): pass\ndef dropped_later(): pass\n")
hotreload.reload(shrink)
write("shrink", "def kept(:\n")
try:
    hotreload.reload(shrink)
except SyntaxError:
    pass
write("shrink", "A = 1\ndef kept(): pass\n")
rep = hotreload.reload(shrink, removed="drop")
assert "dropped_later" in rep.removed["shrink"] and not hasattr(shrink, "dropped_later")

try:
    hotreload.reload(shrink, removed="lose")
except ValueError as e:
    expect(str(e), "reload(): removed must be 'keep' or 'drop', not 'lose'")
print("ok")
