# A tuple display of constants is one constant, as CPython's compiler folds it: the
# same tuple every time the display is evaluated. Anything else builds a new one.
def f():
    return (1, 2, (3, "a"))


def g():
    return (1, 2, (3, "a"))


same = f()
print(f() is same, f() == g(), f())


def h(x):
    return (x, 1)


print(h(1) is h(1), h(2))


def nested_mutable():
    return (1, [2])


print(nested_mutable() is nested_mutable(), nested_mutable())
print((None, True, 1.5, b"x", ..., 2j, -1))
rows = [(0, 0, 0) for _ in range(3)]
print(rows[0] is rows[1], rows)
lists = [[1, 2] for _ in range(2)]
print(lists[0] is lists[1], lists)
d = {}
print(d.get("k", (0, 0)), d.setdefault("k", (9,)) is d["k"])
a, (b, c) = (1, (2, 3))
print(a, b, c)
for x in ((1, 2), (3, 4)):
    print(x)
empty = ()
print(empty is (), len(()))
t = (1, 2)
t += (3,)
print(t, (1, 2))
