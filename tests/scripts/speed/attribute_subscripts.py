# `self.items[i]` and `self.items[i] = x`: a list, tuple or dict an instance attribute
# holds, indexed by a local or a constant, read and stored where it is; subclasses with
# their own __getitem__/__setitem__, properties, misses, errors, and a replaced value
# whose __del__ rebinds the attribute holding the dict.

class Holder:
    def __init__(self):
        self.items = [10, 20, 30]
        self.pair = (1, 2)
        self.table = {"a": 1}

    def read(self, i, k):
        return self.items[i], self.pair[i % 2], self.table[k], self.items[-1], self.table["a"]

    def write(self, i, k, v):
        self.items[i] = v
        self.table[k] = v
        self.items[-1] = -v
        return self.items, self.table

h = Holder()
print(h.read(0, "a"), h.read(2, "a"))
print(h.write(1, "b", 7))
for bad in ((5, "a"), (0, "zz"), ("x", "a")):
    try:
        h.read(*bad)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    h.write(9, "c", 1)
except IndexError as e:
    print(type(e).__name__, e, h.table)

class LoudList(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)

class WithProperty:
    def __init__(self):
        self._data = [1, 2, 3]
    @property
    def data(self):
        print("property")
        return self._data

h.items = LoudList([1, 2, 3])
print(h.read(1, "a"))
print(h.write(0, "a", 5))
w = WithProperty()
i = 2
print(w.data[i])
w.data[i] = 9
print(w._data)

class Rebinder:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        self.owner.table = {"fresh": True}
        print("rebound in __del__")

owner = Holder()
owner.table["k"] = Rebinder(owner)
key = "k"
owner.table[key] = "replaced"
print(owner.table)

class Grid:
    def __init__(self, n):
        self.cells = [0] * n
    def bump(self, n):
        for i in range(n):
            self.cells[i] = self.cells[i] + i
        return sum(self.cells)

g = Grid(100)
print(g.bump(100), g.bump(100))
