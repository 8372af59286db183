# compile() in 'exec', 'eval' and 'single' modes returns code objects that exec() and eval() run, with the caller's or explicit namespaces.
code = compile("x = 1\ny = x + 1", "prog.py", "exec")
print(type(code).__name__, code.co_name, code.co_filename, code.co_firstlineno, code.co_argcount, code.co_varnames)
ns = {}
print(exec(code, ns), sorted(ns), ns["y"])
print(eval(code, {}))
expr = compile("z * 2", "expr", "eval")
print(eval(expr, {"z": 21}), eval(expr, {"z": 21}, {"z": 4}))
z = 5
print(eval(expr))
print(exec(expr))
exec(compile("1 + 1\n", "<stdin>", "single"))
exec(compile("None\n", "<stdin>", "single"))
code = compile(source="7", filename="k", mode="eval", flags=0, dont_inherit=True, optimize=-1)
print(eval(code))
code = compile(b"b = 'bytes source'", "b.py", "exec")
exec(code)
print(b)
