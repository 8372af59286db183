# exec() into explicit namespaces adds __builtins__ to a globals dict that lacks it and nothing else; a docstring is stored as __doc__.
g = {}
exec("x = 1", g)
print(sorted(g))
g, l = {}, {}
exec("a = 1\ndef f(): return b\nb = 2", g, l)
print(sorted(g), sorted(l))
g = {}
exec('"the doc"\ny = 2', g)
print(sorted(g), g["__doc__"])
g = {"__builtins__": {"len": len}}
exec("n = len('abc')", g)
print(g["n"], sorted(g))
