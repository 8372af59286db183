# dependents=True: hotpy records which module imported which (import, from-import,
# relative imports, packages on the way down); the module and everything depending on it,
# directly or not, reload once each, a module after the modules it imports. A diamond
# runs base first and top last; a cycle runs in the order its modules were first
# imported. A failing dependent in a transaction restores the whole chain.
import sys
import hotreload
from hrtest import write, expect

log = []
sys.modules["__log__"] = log  # each module appends its name when its code runs

# A diamond: top imports left and right, which both import base.
write("base", "import __log__; __log__.append('base'); V = 1\n")
write("left", "import __log__; __log__.append('left'); import base\n")
write("right", "import __log__; __log__.append('right'); from base import V\n")
write("top", "import __log__; __log__.append('top'); import right, left\n")
import top
expect(log, ["top", "right", "base", "left"])
expect(hotreload.dependents("base"), ["right", "left"])
expect(hotreload.dependents("top"), ["__main__"])  # this script imported it
expect(hotreload.dependents(sys.modules["left"]), ["top"])

del log[:]
rep = hotreload.reload(sys.modules["base"], dependents=True)
# base first; right and left each after base, in the order they were first imported;
# top after both.
expect(log, ["base", "right", "left", "top"])
expect(rep.modules, ["base", "right", "left", "top"])

# Without dependents only the module itself runs.
del log[:]
hotreload.reload(sys.modules["left"])
expect(log, ["left"])
# Dependents of a module in the middle: itself and top.
del log[:]
expect(hotreload.reload(sys.modules["left"], dependents=True).modules, ["left", "top"])

# A cycle: ca imports cb, which imports ca (partially initialized), and cd imports ca.
write("ca", "import __log__; __log__.append('ca'); import cb\n")
write("cb", "import __log__; __log__.append('cb'); import ca\n")
write("cd", "import __log__; __log__.append('cd'); import ca\n")
del log[:]
import cd
expect(log, ["cd", "ca", "cb"])
del log[:]
rep = hotreload.reload(sys.modules["cb"], dependents=True)
# {ca, cb} is one cycle: in first-import order (ca, then cb); cd imports it: after.
expect(rep.modules, ["ca", "cb", "cd"])
expect(log, ["ca", "cb", "cd"])

# Packages and relative imports.
write("pkg.__init__", "")
write("pkg.core", "import __log__; __log__.append('pkg.core'); N = 1\n")
write("pkg.api", "import __log__; __log__.append('pkg.api'); from . import core\nfrom .core import N\n")
write("user", "import __log__; __log__.append('user'); import pkg.api\n")
import user
expect("pkg.api" in hotreload.dependents("pkg.core"), True)
expect("user" in hotreload.dependents("pkg.api"), True)
expect("user" in hotreload.dependents("pkg"), True)
del log[:]
expect(hotreload.reload(sys.modules["pkg.core"], dependents=True).modules, ["pkg.core", "pkg.api", "user"])
expect(log, ["pkg.core", "pkg.api", "user"])

# A chain a <- b <- c where c's new code fails: a and b are restored too.
write("chain_a", "X = [1]\ndef f(): return 'a1'\n")
write("chain_b", "import chain_a\nfrom chain_a import f\nY = [2]\n")
write("chain_c", "import chain_b\nZ = [3]\n")
import chain_c
a, b, c = sys.modules["chain_a"], sys.modules["chain_b"], sys.modules["chain_c"]
saved = {m: dict(m.__dict__) for m in (a, b, c)}
old_f = a.f
write("chain_a", "X = [10]\ndef f(): return 'a2'\nNEW = 1\n")
write("chain_b", "import chain_a\nfrom chain_a import f\nY = [20]\n")
write("chain_c", "import chain_b\nZ = [30]\nraise KeyError('c fails')\n")
try:
    hotreload.reload(a, dependents=True, transactional=True, patch=True)
except KeyError as e:
    expect(e.args, ("c fails",))
else:
    raise AssertionError("no error")
for m, d in saved.items():
    expect(sorted(m.__dict__), sorted(d))
    for k, v in d.items():
        assert m.__dict__[k] is v, (m.__name__, k)
assert a.f is old_f
expect(old_f(), "a1")  # the patch of f was undone too
expect(b.f(), "a1")
print("ok")
