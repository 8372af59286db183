# Every augmented operator on small ints and floats, through every kind of target: a
# local, a cell (nonlocal), a global, an instance attribute, a list item, a dict item.
# Results that leave the small-int range, mixed kinds, and errors (the target keeps
# its value) must behave as the general operation does.
OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
PAIRS = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (2**62, 2), (-2**63, -1),
         (3, 70), (1, 63), (-1, 200), (6, -1), (7.5, 2.0), (-7.5, 2.0), (7.5, 0.0),
         (1e308, 10.0), (3, 2.5), (2.5, 3), (True, 2), (10**20, 3)]


def show(tag, x):
    print(tag, type(x).__name__, x)


def run_local(op, a, b):
    ns = {}
    src = "def f(b):\n    x = %r\n    x %s b\n    return x\n" % (a, op)
    exec(src, ns)
    return ns["f"](b)


def run_cell(op, a, b):
    ns = {}
    src = ("def outer(b):\n    x = %r\n    def inner():\n        nonlocal x\n        x %s b\n"
           "    inner()\n    return x\n") % (a, op)
    exec(src, ns)
    return ns["outer"](b)


def run_global(op, a, b):
    ns = {"g": a, "b": b}
    exec("g %s b" % op, ns)
    return ns["g"]


class Box:
    def __init__(self, v):
        self.v = v


def run_attr(op, a, b):
    ns = {"o": Box(a), "b": b}
    exec("def f(o, b):\n    o.v %s b\n    return o.v\n" % op, ns)
    return ns["f"](ns["o"], b)


def run_list(op, a, b):
    ns = {}
    exec("def f(b):\n    v = [0, %r]\n    v[1] %s b\n    v[-1] %s 1\n    return v\n" % (a, op, op), ns)
    return ns["f"](b)


def run_dict(op, a, b):
    ns = {}
    exec("def f(b):\n    d = {'k': %r}\n    d['k'] %s b\n    return d\n" % (a, op), ns)
    return ns["f"](b)


for run in (run_local, run_cell, run_global, run_attr, run_list, run_dict):
    for op in OPS:
        for a, b in PAIRS:
            tag = "%s %r %s %r:" % (run.__name__, a, op, b)
            try:
                show(tag, run(op, a, b))
            except Exception as e:
                print(tag, type(e).__name__, e)


# A failed operation leaves every kind of target as it was.
def failures():
    x = 5
    try:
        x //= 0
    except ZeroDivisionError as e:
        print("local kept", x, e)
    o = Box(2.5)
    try:
        o.v /= 0.0
    except ZeroDivisionError as e:
        print("attr kept", o.v, e)
    v = [1, 2]
    try:
        v[0] <<= -1
    except ValueError as e:
        print("item kept", v, e)
    d = {"k": 3}
    try:
        d["k"] %= 0
    except ZeroDivisionError as e:
        print("dict kept", d, e)


failures()


# Loops that run the fast paths many times agree with the general operation.
def loops():
    x, y, p = 1, 1.0, Box(1.0)
    v = [1.0, 3]
    d = {"n": 1}
    for i in range(1, 200):
        x *= 3
        x %= 1000003
        x ^= i
        x <<= 1
        x >>= 1
        y *= 1.01
        y /= 1.005
        p.v *= 1.5
        p.v /= 1.25
        v[0] /= 1.1
        v[1] *= 7
        v[1] //= 3
        d["n"] *= 2
        d["n"] &= 0xFFFF
    print(x, y, p.v, v, d)


loops()
