# Memory: reload a generated module of 200 classes and 200 closures again and again.
# Each reload drops the previous classes (always in cycles: a class and its __mro__,
# methods through their __class__ cells and the module's globals) and closures; only
# the cycle collector frees them, so peak MiB stays flat when nothing else keeps them.
# The module goes to a fresh temporary directory where `os` exists (CPython); else
# (hotpy has no os) to benchgen/ under the current directory, which bench/compare
# makes. An argument sets the number of reloads: 1,000 by default (CPython spends about
# 15 ms on each); `gc_reload.py 10000` is the measure, and peak MiB at 1,000 and
# 10,000 shows whether dropped versions are freed.
import sys
import importlib

N_CLASSES = 200
N_CLOSURES = 200
NAME = "gc_reload_generated"


def module_source():
    out = ["LOADS = globals().get('LOADS', 0) + 1\n\n",
           "class Base:\n    K = 0\n    def value(self): return self.K\n"]
    for i in range(N_CLASSES):
        base = "Base" if i % 10 == 0 else "C_%d" % (i - 1)
        # super() gives every method a __class__ cell: class -> function -> cell -> class.
        out.append("class C_%d(%s):\n    K = %d\n"
                   "    def value(self): return super().value() + self.K %% 7\n" % (i, base, i))
    for i in range(N_CLOSURES):
        out.append("def make_%d(a): return lambda b: a + b + %d\nF_%d = make_%d(%d)\n" % (i, i, i, i, i))
    return "".join(out)


def module_dir():
    try:
        import os
        import tempfile
    except ImportError:
        return "benchgen", None
    d = tempfile.mkdtemp(prefix="hotpy_gc_reload_")
    return d, d


def main():
    reloads = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    where, remove_after = module_dir()
    path = where + "/" + NAME + ".py"
    with open(path, "w") as f:
        f.write(module_source())
    sys.path.insert(0, where)
    try:
        m = importlib.import_module(NAME)
        total = 0
        for i in range(reloads):
            m = importlib.reload(m)
            k = i % N_CLASSES
            total += getattr(m, "C_%d" % k)().value() + getattr(m, "F_%d" % (i % N_CLOSURES))(i)
        print(m.LOADS, total)
    finally:
        sys.path.remove(where)
        if remove_after is not None:
            import shutil
            shutil.rmtree(remove_after)


main()
