# Support for the hotreload tests: a scratch folder first on sys.path, removed at exit,
# and module files written into it. The tests are self-checking: each expectation is
# an assert whose values come from the text of issue 13 (CPython has no hotreload to
# produce an expected output), and a test passes when it exits 0 after printing "ok".
import atexit
import os
import shutil
import sys
import tempfile
import textwrap

root = tempfile.mkdtemp(prefix="hotpy-hotreload-")
sys.path.insert(0, root)
atexit.register(shutil.rmtree, root, True)


def write(name, text):
    """Writes module `name` ("pkg.mod" -> pkg/mod.py; a package is "pkg.__init__")."""
    path = os.path.join(root, *name.split(".")) + ".py"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))
    return path


def expect(got, want):
    assert got == want, f"got {got!r}, want {want!r}"
