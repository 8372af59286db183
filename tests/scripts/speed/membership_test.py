# `x in y` / `x not in y` on their own: an exact dict is asked directly; every other
# container keeps its own __contains__, iteration or __getitem__, and its errors.
import sys


class D(dict):
    def __contains__(self, k):
        return k == "sub"


class Many:
    def __contains__(self, k):
        return k * 2  # any truth value: `in` gives a bool


class Iter:
    def __iter__(self):
        return iter([1, 2, 3])


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.h == other.h
        raise RuntimeError("eq asked")


d = {"a": 1, 2: "b", (1, 2): 3, None: 0, 1.5: 2}
for k in ("a", "z", 2, 3, (1, 2), None, 1.5, True, 2.0):
    print(repr(k), k in d, k not in d)

containers = [D(a=1), Many(), Iter(), Seq(), [1, 2], (3,), "abc", b"abc", {1, 2}, frozenset([3]), range(5), {}.keys()]
for c in containers:
    row = []
    for k in (0, 1, 3, "sub"):
        try:
            row.append((k in c, k not in c))
        except TypeError as e:
            row.append(type(e).__name__)
    print(type(c).__name__, row)


def errors():
    for item, container in ((1, 5), ([1], {}), ({}, {1: 2}), (1, None), ("a", "abc".encode())):
        try:
            print(item in container)
        except TypeError as e:
            print("TypeError", e)
    k = Key(7)
    table = {k: "x"}
    print(Key(7) in table, Key(8) in table)
    try:
        print(7 in table)
    except RuntimeError as e:
        print("RuntimeError", e)


errors()


def rebinding():
    # The dict may be rebound while it is asked (a key's __eq__ runs code).
    global table
    table = {Evil(1): 1}
    return 1 in table


class Evil:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        global table
        table = None
        return True


print(rebinding(), table)


def where():
    try:
        [] in {}
    except TypeError as e:
        print(e, e.__traceback__.tb_lineno - where.__code__.co_firstlineno)


where()
print(sum(1 for i in range(50) if i in {3: 0, 7: 0} or str(i) in {"9": 0}))
