# compile()'s errors: a bad mode or argument type, and SyntaxErrors carrying the filename, line, offset and text given.
for args in [("x", "f", "bad"), (compile("1", "f", "eval"), "f", "eval"), ("x", 3, "exec"), ("x", "f", 3)]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for source, mode in [("x = (", "exec"), ("a b", "exec"), (" 1", "eval"), ("if x:\npass", "exec"), ("x = 1", "eval")]:
    try:
        compile(source, "fn.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec(compile("1/0", "zz.py", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
