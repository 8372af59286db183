#!/usr/bin/env python3
"""CPython's own library as a yardstick for the parser (issue 10): which of its .py
files hotpy's compile() accepts.

usage: tools/stdlib-compile-sweep.py [HOTPY] [LIBDIR] [-v]

Every .py file under LIBDIR (default /usr/lib/python3.11) outside test/, idlelib/,
lib2to3/ and tkinter/ that CPython itself compiles is handed to
`compile(source, path, 'exec')` in hotpy, one process per chunk of files. Prints one
line per file hotpy refuses (with -v, the error too) and "N of M compile".
"""
import os
import subprocess
import sys

EXCLUDED = {"test", "idlelib", "lib2to3", "tkinter", "site-packages", "dist-packages", "__pycache__"}

PROBE = r"""
import sys
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        compile(source, path, "exec")
    except SyntaxError as e:
        print("FAIL", path, "SyntaxError:", e.msg, "line", e.lineno)
    except Exception as e:
        print("FAIL", path, type(e).__name__ + ":", e)
"""


def library_files(libdir):
    for root, dirs, files in os.walk(libdir):
        dirs[:] = sorted(d for d in dirs if d not in EXCLUDED and not d.startswith("plat-"))
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(root, name)


def cpython_compiles(path):
    try:
        with open(path, encoding="utf-8") as f:
            compile(f.read(), path, "exec")
        return True
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    hotpy = os.path.abspath(args[0] if args else "build/hotpy")
    libdir = args[1] if len(args) > 1 else "/usr/lib/python3.11"
    files = [p for p in library_files(libdir) if cpython_compiles(p)]
    failed = []
    for i in range(0, len(files), 50):
        chunk = files[i:i + 50]
        try:
            p = subprocess.run([hotpy, "-c", PROBE] + chunk, capture_output=True, timeout=300, text=True)
            lines = [l for l in p.stdout.splitlines() if l.startswith("FAIL ")]
            if p.returncode != 0 and not lines:
                lines = [f"FAIL {c} (the probe ended with status {p.returncode})" for c in chunk]
        except subprocess.TimeoutExpired:
            lines = [f"FAIL {c} (timeout)" for c in chunk]
        failed.extend(lines)
    for line in failed:
        print(line if verbose else " ".join(line.split()[:2]))
    print(f"{len(files) - len(failed)} of {len(files)} compile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
