#!/usr/bin/env python3
"""MicroPython's tests/basics as a yardstick (issue 10): which of its tests print
exactly what CPython prints when hotpy runs them.

usage: tools/yardstick-micropython.py MICROPYTHON_CHECKOUT [HOTPY] [-v]

A test counts when it runs on CPython 3.11 (/usr/bin/python3) with status 0, has no
MicroPython-specific .exp file, does not print SKIP, and imports only modules hotpy
has. Its expected output is CPython's; hotpy passes when its stdout is identical.
Prints one FAIL line per failing test (with -v, the first differing line too) and a
summary "N of M pass (P%)". Runs are bounded (10 s each); the machine is shared.
"""
import os
import re
import subprocess
import sys

CPYTHON = "/usr/bin/python3"
TIMEOUT = 10


def run(cmd, path, cwd):
    try:
        p = subprocess.run(cmd + [path], cwd=cwd, capture_output=True, timeout=TIMEOUT,
                           env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return None, b""


def imported_modules(source):
    names = set()
    for m in re.finditer(r"^\s*(?:import|from)\s+([A-Za-z_][\w.]*)", source, re.M):
        names.add(m.group(1).split(".")[0])
    return names


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    if not args:
        print(__doc__)
        return 2
    basics = os.path.join(args[0], "tests", "basics")
    hotpy = os.path.abspath(args[1] if len(args) > 1 else "build/hotpy")
    have = {}

    def hotpy_has(module):
        if module not in have:
            rc, _ = run([hotpy, "-c"], "import " + module, basics)
            have[module] = rc == 0
        return have[module]

    counted = passed = 0
    for name in sorted(os.listdir(basics)):
        if not name.endswith(".py") or os.path.exists(os.path.join(basics, name[:-3] + ".exp")):
            continue
        path = os.path.join(basics, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            source = f.read()
        rc, expected = run([CPYTHON], path, basics)
        if rc != 0 or expected.strip() == b"SKIP":
            continue
        if not all(hotpy_has(m) for m in imported_modules(source)):
            continue
        counted += 1
        rc, got = run([hotpy], path, basics)
        if got == expected:
            passed += 1
            continue
        detail = ""
        if verbose:
            want, have_lines = expected.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines()
            for i in range(max(len(want), len(have_lines))):
                w = want[i] if i < len(want) else "<end>"
                g = have_lines[i] if i < len(have_lines) else "<end>"
                if w != g:
                    detail = f"  line {i + 1}: expected {w[:70]!r}, got {g[:70]!r}"
                    break
        print(f"FAIL {name} (status {rc}){detail}")
    pct = 100.0 * passed / counted if counted else 0.0
    print(f"{passed} of {counted} pass ({pct:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
