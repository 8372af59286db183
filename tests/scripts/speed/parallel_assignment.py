# Parallel assignment and tuple unpacking keep CPython's order: every value is
# evaluated before any target is assigned, targets left to right (attributes,
# subscripts, names), a target list as well as a tuple, and errors from a value or a
# target leave what CPython leaves.
class Trace:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        object.__setattr__(self, name, value)

def value(log, v):
    log.append(("eval", v))
    return v

t = Trace()
t.a, t.b = value(t.log, 1), value(t.log, 2)
print(t.log)
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 2, 9      # i is assigned before x[i] is evaluated
print(i, x)
[p, q, r] = "xy", [1], None
print(p, q, r)
tup = (1, 2, 3)
m, n, o = tup
print(m, n, o)
lst = [4, 5]
lst[0], lst[1] = lst
print(lst)
try:
    a, b = 1, undefined_name
except NameError as e:
    print("NameError", e, a, b)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
d = {}
d["k"], d["j"] = d.setdefault("k", 1) + 1, len(d)
print(d)
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
