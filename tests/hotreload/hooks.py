# Hooks: a module-level __reload__(report) in the new code is called once after its
# module reloaded successfully; hotreload.on_reload(fn) callbacks once per successful
# reload (in registration order, after the modules' hooks). Neither runs when the reload
# fails, transactional or not. A hook that raises is reported as unraisable; the reload
# stands.
import sys
import hotreload
from hrtest import write, expect

calls = []
sys.modules["__calls__"] = calls

@hotreload.on_reload
def first(report):
    calls.append(("first", report.modules))

hotreload.on_reload(lambda report: calls.append(("second", report.modules)))

write("hooked", '''
    import __calls__
    def __reload__(report):
        __calls__.append(("hooked", repr(report)))
''')
write("user_of_hooked", "import hooked\n")
import hooked, user_of_hooked
expect(calls, [])  # import is not reload

rep = hotreload.reload(hooked)
expect(calls, [("hooked", "<reload hooked: 0 changed, 0 added, 0 removed>"), ("first", ["hooked"]), ("second", ["hooked"])])

# With dependents: each module's own hook, then the callbacks once.
del calls[:]
hotreload.reload(hooked, dependents=True)
expect(calls, [("hooked", "<reload hooked, user_of_hooked: 0 changed, 0 added, 0 removed>"),
               ("first", ["hooked", "user_of_hooked"]), ("second", ["hooked", "user_of_hooked"])])

# Failures call nothing.
for transactional in (True, False):
    del calls[:]
    write("hooked", '''
        import __calls__
        def __reload__(report):
            __calls__.append("must not run")
        raise RuntimeError("broken")
    ''')
    try:
        hotreload.reload(hooked, transactional=transactional)
    except RuntimeError:
        pass
    expect(calls, [])

# Plain reload() stays CPython's: no hooks.
write("hooked", "import __calls__\ndef __reload__(r): __calls__.append('plain')\n")
del calls[:]
import importlib
importlib.reload(hooked)
reload(hooked)
expect(calls, [])

# A failing hook is reported on stderr and the other hooks still run.
write("hooked", "def __reload__(r): raise ValueError('hook failed')\n")
del calls[:]
rep = hotreload.reload(hooked)
expect([c[0] for c in calls], ["first", "second"])
expect(rep.modules, ["hooked"])
print("ok")
