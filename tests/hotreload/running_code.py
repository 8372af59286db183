# A function patched while it runs (the reload started inside it) finishes its old
# code, and what it creates afterwards (a nested def, a generator expression, a
# comprehension) is old code too, still valid once the module and its functions are
# gone; the next call runs the new code. (The sanitizer build checks the memory side.)
import gc
import sys
import hotreload
from hrtest import write, expect

SOURCE = '''
    import sys, hotreload
    def run():
        hotreload.reload(sys.modules[__name__], patch=True)
        def inner():
            return "made by the old run"
        gen = (i for i in range(2))
        return inner, list(gen), [x * 2 for x in range(2)], [len(x) for x in ("ab",)]
'''
write("selfreload", SOURCE)
import selfreload
run = selfreload.run
write("selfreload", SOURCE.replace("old run", "new run") + "\n    # the file grew\n")
inner, listed, doubled, lengths = selfreload.run()
expect((inner(), listed, doubled, lengths), ("made by the old run", [0, 1], [0, 2], [2]))
assert selfreload.run is run
inner2 = selfreload.run()[0]
expect(inner2(), "made by the new run")
for i in range(3):  # patched again and again
    selfreload.run()
selfreload.__dict__.clear()
del selfreload, run, sys.modules["selfreload"]
gc.collect()
expect((inner(), inner2()), ("made by the old run", "made by the new run"))
print("ok")
