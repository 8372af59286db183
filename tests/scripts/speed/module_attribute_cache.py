# module.name at one node follows the module's dict: rebinding, deletion, other modules, module __getattr__.
import types
import math

a = types.ModuleType("a")
b = types.ModuleType("b")
a.x, b.x = 1, 2
a.f = lambda v: ("a.f", v)
b.f = lambda v: ("b.f", v)

def read(m):
    return m.x

def call(m, v):
    return m.f(v)

for m in [a, a, b, a, b, b]:
    print(m.__name__, read(m), call(m, 0))
for i in range(4):
    a.x = i * 10
    print(read(a), read(b))
del a.x
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
a.__getattr__ = lambda name: "from __getattr__ " + name
print(read(a))
a.x = "back"
print(read(a))

class Sub(types.ModuleType):
    @property
    def x(self):
        return "property of a module subclass"
s = Sub("s")
print(read(s), read(a))

for i in range(3):
    print(math.sqrt(16.0 * i), call(b, i))
saved = math.sqrt
math.sqrt = lambda v: "patched"
print(math.sqrt(4.0))
math.sqrt = saved
print(math.sqrt(4.0))
