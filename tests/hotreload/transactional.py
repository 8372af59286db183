# transactional=True: a module whose new code raises at its very last line is restored to
# exactly the keys and the very same value objects it held; sys.modules is unchanged
# (a module first imported by the failed run is gone again); the error propagates.
# Without it, the failure leaves the half-run module as plain reload() does.
import sys
import hotreload
from hrtest import write, expect

write("victim", """
    import json
    A = [1, 2]
    def f(): return "old"
    class K: pass
""")
import victim
before = dict(victim.__dict__)
modules_before = dict(sys.modules)

write("victim", """
    import helper_new
    A = [3]
    B = "new name"
    def f(): return "new"
    class K: x = 1
    1 / 0
""")
write("helper_new", "X = 1\n")
try:
    hotreload.reload(victim, transactional=True, patch=True)
except ZeroDivisionError as e:
    expect(str(e), "division by zero")
else:
    raise AssertionError("the error did not propagate")
expect(sorted(victim.__dict__), sorted(before))
for k, v in before.items():
    assert victim.__dict__[k] is v, k
expect(victim.f(), "old")
expect(hasattr(victim.K, "x"), False)
expect(set(sys.modules), set(modules_before))
for k, v in modules_before.items():
    assert sys.modules[k] is v, k
expect("helper_new" in sys.modules, False)

# The same edit without a transaction: what ran before the error stays (plain reload).
try:
    hotreload.reload(victim)
except ZeroDivisionError:
    pass
expect(victim.B, "new name")
expect(victim.f(), "new")
expect("helper_new" in sys.modules, True)

# A SyntaxError never runs anything: the module is untouched either way.
victim_dict = dict(victim.__dict__)
write("victim", "def broken(:\n")
try:
    hotreload.reload(victim, transactional=True)
except SyntaxError as e:
    expect(e.lineno, 1)
expect(victim.__dict__, victim_dict)

# A patched class whose dunders changed gets its old behaviour back with its namespace.
write("eqmod", "class P:\n    def __eq__(self, other): return 'old eq'\n")
import eqmod
P = eqmod.P
P_namespace = dict(P.__dict__)
write("eqmod", "class P:\n    def __eq__(self, other): return 'new eq'\n    __hash__ = None\n    def __len__(self): return 3\nraise RuntimeError\n")
try:
    hotreload.reload(eqmod, transactional=True, patch=True)
except RuntimeError:
    pass
assert eqmod.P is P
expect((P() == P(), hasattr(P(), "__len__")), ("old eq", False))
expect(dict(P.__dict__), P_namespace)
try:
    len(P())
except TypeError as e:
    expect(str(e), "object of type 'P' has no len()")

# A fixed edit after a failure reloads normally.
write("victim", "A = 'fixed'\n")
rep = hotreload.reload(victim, transactional=True)
expect(victim.A, "fixed")
expect(rep.modules, ["victim"])
print("ok")
