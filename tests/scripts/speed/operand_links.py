# Operand links: a node whose operand is a plain local reads the local's slot
# directly (resolve/operand_links.cpp). Each linked position is exercised bound,
# unbound (before assignment and after `del`), and where the error is reported.
import sys
import traceback


def where(exc):
    # The failing line and the columns CPython's traceback underlines.
    fs = traceback.extract_tb(exc.__traceback__)[-1]
    return "%s line %d cols %s-%s %r" % (type(exc).__name__, fs.lineno - first_line,
                                         fs.colno, fs.end_colno, fs.line)


first_line = sys._getframe().f_lineno


def attribute_receiver():
    class P:
        def m(self):
            return self.v
    try:
        return o.v
    except UnboundLocalError as e:
        print(where(e))
    try:
        o.m()
    except UnboundLocalError as e:
        print(where(e))
    try:
        o.v = 1
    except UnboundLocalError as e:
        print(where(e))
    o = P()
    o.v = 4
    print(o.v, o.m())


def binop_operands():
    a = 5
    print(a + a, a * 2, 3 - a, a / 2, a // 2, a % 3)
    try:
        print(a + b)
    except UnboundLocalError as e:
        print(where(e))
    try:
        print(b - a)
    except UnboundLocalError as e:
        print(where(e))
    b = 2.5
    print(a + b, b * b, b ** 2)
    del b
    try:
        print(a * b)
    except UnboundLocalError as e:
        print(where(e))


def compare_operands():
    x, y = 3, 7
    print(x < y, x == y, x is y, x in [3], y not in (1, 2), x < y < 10, 1 < x)
    try:
        print(x < z)
    except UnboundLocalError as e:
        print(where(e))
    try:
        print(z in [1])
    except UnboundLocalError as e:
        print(where(e))
    try:
        print(z < 3)
    except UnboundLocalError as e:
        print(where(e))
    z = "s"
    print(z == "s", z != x, "s" in z)


def subscript_operands():
    seq = [10, 20, 30]
    i = 1
    print(seq[i], seq[0], seq[-1], seq[i:], "abc"[i], {"k": i}["k"])
    try:
        print(seq[j])
    except UnboundLocalError as e:
        print(where(e))
    try:
        print(lst[0])
    except UnboundLocalError as e:
        print(where(e))
    j = slice(0, 2)
    print(seq[j], "hello"[j])
    lst = (7, 8)
    print(lst[1])


def assign_and_augassign():
    n = 0
    for k in range(5):
        n += k
        m = n
    print(n, m)
    s = "a"
    s += "b"
    f = 1.5
    f -= 0.25
    big = 2 ** 62
    big += 2 ** 62
    print(s, f, big)
    try:
        u += 1
    except UnboundLocalError as e:
        print(where(e))
    try:
        n += w
    except UnboundLocalError as e:
        print(where(e))
    w = 1
    a = b = w
    print(a, b)


def returns(flag):
    r = [flag]
    if flag:
        return r
    del r
    return r


def returns_unbound(flag):
    try:
        returns(flag)
    except UnboundLocalError as e:
        print(where(e))


def unbound_return():
    return v
    v = 1


def int_constants():
    # A right operand that is an int constant is kept inline in its parent.
    x = 7
    print(x + 1, x - 2, x * 3, x // 2, x % 4, x << 2, x ** 2, x & 3, x | 8, x ^ 1)
    print(x < 8, x >= 7, x == 7, x != 0, x > 100000000000000000000, x + 100000000000000000000)
    print(x + True, 2.5 + 1, 2.5 < 3, "ab" * 2, [0] * 3, (1, 2) == 1, None == 0)
    big = 9223372036854775807
    print(big + 1, big * 2, -big - 2, big < 9223372036854775807)
    class N:
        def __add__(self, o): return ("add", o)
        def __lt__(self, o): return ("lt", o)
        def __radd__(self, o): return ("radd", o)
    n = N()
    print(n + 1, n < 2, 1 + n)
    try:
        print(x + "s")
    except TypeError as e:
        print(e)
    try:
        print("s" < 1)
    except TypeError as e:
        print(e)



G = 5


def int_constants_not_linked():
    # The left operand is no local, or an unbound one: the general way answers.
    class O:
        v = 6
    o = O()
    print(o.v + 1, o.v < 7, G - 1, G >= 5, len("abc") * 2, len("ab") == 2, [3][0] % 2)
    print(o.v + 1.5, 2.5 * 2, -7 // 2, -7 % 3, 7 % -3, -9223372036854775807 - 1 // -1)
    m = -9223372036854775807 - 1
    print(m // -1, m % -1, m - 1, m * 2, m < -1, m == m)
    for bad in ("x // 0", "x % 0"):
        try:
            x = 3
            print(eval(bad))
        except ZeroDivisionError as e:
            print(e)
    def zero(x):
        return x // 0
    try:
        zero(3)
    except ZeroDivisionError as e:
        print(where(e))
    def unbound_left(flag):
        if flag:
            k = 1
        return k < 2
    try:
        unbound_left(False)
    except UnboundLocalError as e:
        print(where(e))
    def unbound_binop(flag):
        if flag:
            k = 1
        return k + 1
    try:
        unbound_binop(False)
    except UnboundLocalError as e:
        print(where(e))
    print(unbound_left(True), unbound_binop(True))



def unpacking_into_locals():
    # Targets whose items are all plain locals keep their slots (at most 6).
    pairs = [(1, "a"), (2, "b")]
    out = []
    for k, v in pairs:
        out.append((v, k))
    for [k, v] in pairs:
        out.append(k)
    a, b, c, d, e, g = range(6)                   # not a tuple: the general way
    t = (1, 2, 3, 4, 5, 6)
    a, b, c, d, e, g = t
    h, i, j, k, l, m, n = t + (7,)
    n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15 = range(15)  # 15: the general way
    n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14 = tuple(range(14))
    a, b, c = c, a + b, b                         # parallel: values first, then the stores
    print(n1, n14, n15, a, b, c)
    print(out, a, g, h, n)
    (p, q), r = (1, 2), 3
    s, *rest = t
    print(p, q, r, s, rest)
    x = y = 0
    x, y = y, x
    x, x = (1, 2)
    print(x, y)
    for bad in [(1,), (1, 2, 3), [1], 5, "ab", "abc"]:
        try:
            u, w = bad
            print("ok", u, w)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)
    class Noisy:
        def __init__(self, name):
            self.name = name
        def __del__(self):
            print("del", self.name, "while first is", first_seen())
    def first_seen():
        return first
    first, second = Noisy("old1"), Noisy("old2")
    first, second = (1, 2)
    print(first, second)
    print([k * v for k, v in ((2, 3), (4, 5))], {k: v for k, v in [(1, 2)]})
    def gen():
        for k, v in {"x": 1}.items():
            yield k, v
    print(list(gen()))





def augassign_computed_values():
    # `local op= expr` where expr is no plain local: the target is read through its link.
    calls = []
    def g(v):
        calls.append(v)
        return v
    total = 0
    for i in range(5):
        total += g(i) * 2
    f = 1.5
    f -= g(0.25) + 0.25
    s = "ab"
    s += g("c") * 2
    alias = lst = [1]
    lst += g([2])
    big = 2 ** 62
    big += g(2 ** 62)
    print(total, f, s, alias, lst is alias, big, calls)
    def boom():
        raise KeyError("k")
    try:
        total -= boom()
    except KeyError:
        print("unchanged", total)
    try:
        s += g(5)
    except TypeError as e:
        print(e, s)
    def unbound(flag):
        if flag:
            x = 0
        x += g("never")
    try:
        unbound(False)
    except UnboundLocalError as e:
        print(where(e), calls[-1])




int_constants()
augassign_computed_values()
unpacking_into_locals()
int_constants_not_linked()
attribute_receiver()
binop_operands()
compare_operands()
subscript_operands()
assign_and_augassign()
print(returns(True))
returns_unbound(False)
try:
    unbound_return()
except UnboundLocalError as e:
    print(where(e))


# Locals of a class body, a module and exec() are not frame slots: nothing links.
class Body:
    a = 2
    b = a + 1
    c = a < b
    d = [a, b][0]
print(Body.b, Body.c, Body.d)
ns = {}
exec("x = 4\ny = x * 2\nz = x < y\n", ns)
print(ns["y"], ns["z"])


# A comprehension's variables and a closure's cells.
def closure():
    c = 3
    def inner(k):
        return c + k
    return [inner(i) * i for i in range(3)], (lambda q: q < c)(2)
print(closure())


# Rebinding a local while a linked operand is in use.
def rebinding():
    class R:
        def __add__(self, other):
            nonlocal_holder.append(other)
            return 99
    nonlocal_holder = []
    r = R()
    t = r + r
    print(t, len(nonlocal_holder))
rebinding()


# A for loop's target that is a local, and targets that are not.
def for_targets():
    total = 0
    for i in range(4):
        total += i
    for item in [5, 6]:
        total += item
    for a, b in [(1, 2), (3, 4)]:
        total += a * b
    box = [0]
    for box[0] in (7, 8):
        total += box[0]
    class O:
        pass
    o = O()
    for o.v in "xy":
        pass
    print(total, box, o.v, i, item)
    del i
    try:
        print(i)
    except UnboundLocalError as e:
        print(where(e))
    def gen():
        for k in range(3):
            yield k * k
    print(list(gen()), [j for j in range(3)])


for_targets()
