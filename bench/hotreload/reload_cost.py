# What hotreload's options cost: a transactional, patching hotreload.reload of the
# import_reload benchmark's module (bench/tools/gen_modules.py's importmod: 3000
# functions, 300 classes) against a plain importlib.reload of the same module, in
# turns. Issue 13 asks for at most 1.5x. Two cases: the file unchanged (what
# import_reload does) and every definition edited between reloads (each function
# and class then differs and is patched in place). Each reload leaves thousands of
# functions in reference cycles for the collector, whose runs land in whichever
# reload crosses its threshold: so each case is timed twice, as it comes and with a
# collection (not timed) before every reload. hotpy only (no hotreload in CPython).
#   build/hotpy bench/hotreload/reload_cost.py [ROUNDS]
import gc
import importlib
import os
import shutil
import sys
import tempfile
import time

import hotreload

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gen_modules

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def timed(fn, collect_first):
    if collect_first:
        gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(module, path, versions, collect_first):
    """Per-reload seconds (plain, hot): medians over ROUNDS turns of each, the file
    taking the next of `versions` before every reload (not timed)."""
    plain, hot = [], []
    turn = 0

    def next_version():
        nonlocal turn
        with open(path, "w") as f:
            f.write(versions[turn % len(versions)])
        turn += 1

    for _ in range(ROUNDS):
        next_version()
        plain.append(timed(lambda: importlib.reload(module), collect_first))
        next_version()
        hot.append(timed(lambda: hotreload.reload(module, transactional=True, patch=True), collect_first))
    return median(plain), median(hot)


def main():
    work = tempfile.mkdtemp(prefix="hotreload-bench-")
    try:
        os.makedirs(os.path.join(work, "benchgen"))
        with open(os.path.join(work, "benchgen", "__init__.py"), "w") as f:
            f.write("")
        path = os.path.join(work, "benchgen", "importmod.py")
        source = gen_modules.gen_importmod()
        # Every function and method body differs (and so every class).
        edited = source.replace("\n    return ", "\n    return 0 + ").replace("\n        return ", "\n        return 0 + ")
        with open(path, "w") as f:
            f.write(source)
        sys.path.insert(0, work)
        import benchgen.importmod as module

        importlib.reload(module)  # warm-up: both paths once
        hotreload.reload(module, transactional=True, patch=True)
        print("reload of benchgen.importmod (3000 functions, 300 classes), median of %d:" % ROUNDS)
        for label, versions in (("unchanged", [source]), ("every definition edited", [source, edited])):
            for collect_first in (False, True):
                plain, hot = measure(module, path, versions, collect_first)
                print("  %-24s %-17s plain reload %7.2f ms   transactional+patch %7.2f ms   ratio %.2f"
                      % (label, "collected first" if collect_first else "as it comes", plain * 1e3, hot * 1e3,
                         hot / plain))
    finally:
        shutil.rmtree(work)


main()
