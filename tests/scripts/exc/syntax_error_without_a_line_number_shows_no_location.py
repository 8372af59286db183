# A SyntaxError raised without a line number is shown as its message alone, with no
# "File ..., line ?" detail line (CPython's printer cannot parse its location).
try:
    raise SyntaxError("caught", ("f.py", None, 1, "text", None, None))
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
raise SyntaxError("no location")
