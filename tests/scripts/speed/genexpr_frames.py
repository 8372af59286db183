# Generator expressions made by the thousand: the name and qualified name they share,
# their loop variable stored straight into its slot (a plain local), a tuple target, a
# variable closures capture (a cell), conditions, nested loops, and exceptions.

def make(n):
    return (i * 2 for i in range(n))

g1, g2 = make(3), make(4)
print(g1.__name__, g1.__qualname__, g1.__qualname__ is g2.__qualname__, g1.__name__ is g2.__name__)
g1.__qualname__ = "renamed"
print(g1.__qualname__, g2.__qualname__, list(g1), list(g2))

class Box:
    items = (c for c in "ab")
print(Box.items.__qualname__, list(Box.items))
top = (x for x in [1])
print(top.__qualname__, top.__name__)

def outer():
    def inner():
        return (k for k in range(2))
    return inner()
print(outer().__qualname__)

print(sum(y for y in range(10)), sum(y * y for y in range(100) if y % 3))
pairs = [(1, "a"), (2, "b"), (3, "c")]
print(list(k + 1 for k, v in pairs), list(v * k for k, v in pairs if k != 2))
print(list(x + y for x in range(3) for y in range(2)))
print([f() for f in (lambda: y for y in range(3))])

def total(rows):
    return sum(sum(v for v in row) for row in rows)
print(total([[1, 2], [3], []]), sum(total([[i, i]]) for i in range(1000)))

def bad(seq):
    return list(10 // v for v in seq)
try:
    bad([1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
