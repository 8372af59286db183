# A tuple display's items made where they go: locals, constants and expressions, an item that raises half-way (the items made so far die with the unfinished tuple), unbound names.
class D:
    def __del__(self):
        print("del", self.n)
    def __init__(self, n):
        self.n = n
def f(x):
    t = (D(1), x, D(2))
    print(len(t))
    try:
        t = (D(3), y_unbound, D(4))
    except NameError as e:
        print("NameError:", e)
    try:
        t = (D(5), 1 // x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return (x, x, "c", None, 1.5)
print(f(0))
def g():
    a = (1, z)
    z = 2
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
