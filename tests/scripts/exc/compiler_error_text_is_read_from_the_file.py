# A SyntaxError of CPython's compiler (not its parser) reads its text back from the
# file it names, as that file is now: none for a name that is no file. A jump out of
# an except* body that first runs a finally body or a with's exit has no location
# at all (line -1): the compiler had unset it.
import os
import tempfile


def show(src, filename="f.py"):
    try:
        compile(src, filename, "exec")
        print("ok")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


show("x = 1\nbreak\n")
show("x = 1\nbreak\n", "<string>")
show("def f():\n    nonlocal q\n")
show("x = 1\nf(a=1, a=2)\n")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "other.py")
    with open(path, "w") as f:
        f.write("first line\n    second line of the file\nthird")
    show("x = 1\nbreak\n", path)
    show("x = 1\ny = 2\nbreak\n", path)  # its third line has no newline
    show("\n\n\n\nbreak\n", path)  # no fifth line there
show("try:\n    break\nfinally:\n    pass\n")
for body in ("try:\n      return\n    finally:\n      pass", "try:\n      return g()\n    finally:\n      pass",
             "with a:\n      return 1", "return 1", "for x in y:\n      break",
             "while x:\n      try:\n        pass\n      finally:\n        continue"):
    show("def f():\n  try:\n    pass\n  except* E:\n    " + body + "\n")
