# A traceback shows the lines of a module declared latin-1 decoded (as CPython's
# linecache reads them), not its raw bytes.
with open("latin1_mod.py", "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\ndef fail():\n    return 1 / 0  # \xe9t\xe9\n")
import latin1_mod

latin1_mod.fail()
