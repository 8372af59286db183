# What hotreload.changed() costs with 1,000 loaded source modules: each call reads
# every module's file and hashes its bytes (content, never timestamps). Issue 13
# asks for under 50 ms. hotpy only (no hotreload in CPython).
#   build/hotpy bench/hotreload/changed_scan.py [MODULES] [RUNS]
import os
import shutil
import sys
import tempfile
import time

import hotreload

MODULES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20

MODULE_SOURCE = '''"""Generated module %(i)d for changed_scan.py."""
VALUE = %(i)d


def value(x=VALUE):
    return x * 2 + %(i)d


class Holder:
    size = %(i)d

    def get(self):
        return value(self.size)
'''


def main():
    work = tempfile.mkdtemp(prefix="hotreload-scan-")
    try:
        names = ["scan_mod_%04d" % i for i in range(MODULES)]
        for i, name in enumerate(names):
            with open(os.path.join(work, name + ".py"), "w") as f:
                f.write(MODULE_SOURCE % {"i": i})
        sys.path.insert(0, work)
        for name in names:
            __import__(name)
        assert hotreload.changed() == [], "nothing was edited yet"
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            found = hotreload.changed()
            times.append(time.perf_counter() - t0)
        assert found == []
        # One same-size edit is found (the check that the scan looks at the bytes).
        with open(os.path.join(work, names[-1] + ".py"), "w") as f:
            f.write((MODULE_SOURCE % {"i": MODULES - 1}).replace("* 2", "* 3"))
        assert hotreload.changed() == [names[-1]]
        times.sort()
        print("hotreload.changed() over %d loaded modules (%d modules in sys.modules), %d runs:"
              % (MODULES, len(sys.modules), RUNS))
        print("  median %.2f ms   min %.2f ms   max %.2f ms"
              % (times[len(times) // 2] * 1e3, times[0] * 1e3, times[-1] * 1e3))
    finally:
        shutil.rmtree(work)


main()
