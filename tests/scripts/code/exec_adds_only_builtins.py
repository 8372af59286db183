# exec() into explicit namespaces adds __builtins__ to a globals dict that lacks it and nothing else (a docstring is stored as __doc__); assignments land in locals, functions defined there see the globals.
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
g, l = {"a": "global"}, {}
exec("a = 'local'\ndef f(): return a\nr = f()", g, l)
print(l["r"], sorted(l))
try:
    exec("b = 1\ndef h(): return b\nh()", {}, {})
except NameError as e:
    print("NameError:", e)
class D(dict):
    pass
d = D()
exec("z = 3", {}, d)
print(type(d).__name__, d)
