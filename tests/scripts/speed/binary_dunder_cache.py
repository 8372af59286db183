# a + b on instances of a Python class: the node's remembered __add__ follows the class, NotImplemented, reflection and errors as binary_op does.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if o == 99:
            return NotImplemented
        return V(self.x + o)
    def __mul__(self, k):
        return NotImplemented
    def __repr__(self):
        return "V(%r)" % (self.x,)

class W(V):
    def __radd__(self, o):
        return "W.__radd__"

a, b = V(1), V(2)
for i in range(3):
    print(a + b, a + i, a + 0.5, a + True)
for right in [b, 99, 2, None, W(5)]:
    try:
        print(a + right)
    except TypeError as e:
        print("TypeError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    a * 3
except TypeError as e:
    print("TypeError:", e)
V.__add__ = lambda self, o: "replaced"
print(a + b, a + 1)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)

class Boom:
    def __sub__(self, o):
        raise ValueError("inside __sub__")
    def __rsub__(self, o):
        return "rsub"
try:
    Boom() - Boom()
except ValueError as e:
    print("ValueError:", e)
print(1 - Boom())

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
class Other:
    def __radd__(self, o): return "Other.__radd__"
print(Num(1) + Other())
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) + 2.5
except TypeError as e:
    print("TypeError:", e)
