# globals() is the module's namespace dict; vars(obj) is an instance's attribute dict.
counter = 1
g = globals()
print(g["counter"], "counter" in g, g["__name__"])
g["made_via_globals"] = "hello"
print(made_via_globals)
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p))
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
def f():
    return "counter" in globals()
print(f())
