# Free and cell variables read from their cells, and `nonlocal x; x += y` into the
# cell: numbers, big ints, strings, lists, objects with __iadd__, unbound cells, and
# an operand the right-hand side rebinds before the operation runs.

def counter(first):
    running = first

    def add(amount):
        nonlocal running
        running += amount  # the cell's number replaced in place
        return running

    return add

c = counter(0)
print([c(i) for i in range(5)])
big = counter(2**62)
print(big(2**62), big(-2**63), big(1))
fl = counter(0.5)
print(fl(0.25), fl(1), fl(-2.75))
s = counter("a")
print(s("b"), s("cd"))
lst = []
ls = counter(lst)
print(ls([1]), ls((2, 3)), lst, ls([4]) is lst)

def minus(start):
    v = start
    def dec(step):
        nonlocal v
        v -= step
        return v
    return dec

d = minus(10)
print(d(3), d(-(2**63)), d(0.5))

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self):
        return "Acc(%r)" % self.items

a = counter(Acc())
print(a(1), a("x"))

def adders():
    k = 3
    name = "n"
    def add(x):
        return x + k, k + x, k * k, name + name, k < x, x - k
    return add

print(adders()(4))
print(adders()(2.5))

def rebinding():
    k = 1
    def change():
        nonlocal k
        k = 100
        return 10
    def use():
        return k + change(), k
    return use

print(rebinding()())

def compare_rebinding():
    k = 5
    def change():
        nonlocal k
        k = -1
        return 3
    def use():
        return k > change(), k
    return use

print(compare_rebinding()())

def builtins_on_cells():
    seq = [1, 2, 3]
    class C:
        pass
    obj = C()
    def use():
        return len(seq), isinstance(obj, C), isinstance(seq, C)
    return use

print(builtins_on_cells()())

def unbound_free():
    def inner():
        return later + 1
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()

print(unbound_free())

def unbound_cell():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 2
    def inner():
        return x
    return inner()

print(unbound_cell())

def failing_add():
    total = 1
    def add(v):
        nonlocal total
        total += v
        return total
    try:
        add("s")
    except TypeError as e:
        print(type(e).__name__, e)
    return total

print(failing_add())

def local_alias():
    x = 7
    def inner():
        y = x
        z = x
        return y, z, x
    return inner()

print(local_alias())
