# obj[key] reads and stores on exact lists and dicts take shorter paths than other
# containers; `x, y = v` into locals takes one for exact tuples. Each must behave as
# the general way does: errors, subclasses, keys that are str subclasses.
import traceback


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print("  at line", tb.lineno - FIRST, repr(tb.line))


FIRST = show.__code__.co_firstlineno


def list_stores():
    lst = [1, 2, 3]
    lst[0] = "a"
    lst[-1] = "c"
    i = 1
    lst[i] = lst
    print(lst[0], lst[2], lst[1] is lst)
    lst[True] = "t"
    print(lst)
    lst[-3] = 0
    print(lst)
    lst[3] = 9


def list_store_negative_out_of_range():
    lst = [1]
    lst[-2] = 0


def list_store_bad_index():
    lst = [1]
    lst["0"] = 0


def list_slice_store():
    lst = [1, 2, 3, 4]
    lst[1:3] = "xyz"
    return lst


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "while the list holds", STORE[0])


STORE = [None]


def old_item_dies_after_store():
    STORE[0] = Noisy("old")
    STORE[0] = "new"
    return STORE


class Watcher:
    def __init__(self, name, container, key):
        self.name, self.container, self.key = name, container, key

    def __del__(self):
        print("del", self.name, "while the container holds", self.container[self.key])


def local_stores_drop_old_after():
    lst = [None, 1]
    lst[0] = Watcher("list item", lst, 0)
    i = 0
    lst[i] = "replaced"
    d = {}
    d["k"] = Watcher("dict value", d, "k")
    d["k"] = "replaced too"
    lst[-1] = d
    return lst


def dict_stores():
    d = {}
    d["a"] = 1
    d["b"] = 2
    d["a"] = 3
    k = "c"
    d[k] = d["a"] + d["b"]
    print(d, len(d))
    for i in range(20):
        d["k" + str(i)] = i
    print(len(d), d["k19"], list(d)[:4])
    return d["missing"]


class Key(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("  Key.__eq__", str(self), other)
        return str(self) == other


def str_subclass_keys():
    d = {Key("x"): 1}
    d["x"] = 2
    print(d, type(list(d)[0]).__name__)
    print(d["x"])
    d[Key("y")] = 5
    print(d["y"])
    return d["z"]


class Counting(dict):
    def __setitem__(self, k, v):
        print("  Counting.__setitem__", k, v)
        super().__setitem__(k, v)

    def __missing__(self, k):
        return "missing " + k


def dict_subclass():
    d = Counting()
    d["a"] = 1
    print(d["a"], d["b"])
    return d


class Boom:
    def __hash__(self):
        raise RuntimeError("no hash")


def unhashable_key():
    d = {}
    d[Boom()] = 1


def unhashable_read():
    d = {"a": 1}
    return d[[1]]


def tuple_unpack():
    point = (1, 2)
    x, y = point
    print(x, y)
    [a, b] = point
    print(a, b)
    x, y = [3, 4]
    print(x, y)
    x, y = "ab"
    print(x, y)
    x, y = (i * 10 for i in range(2))
    print(x, y)
    x, y = (1, 2, 3)


def unpack_too_few():
    x, y, z = (1, 2)


def unpack_not_iterable():
    x, y = 5


def unpack_unbound():
    x, y = v
    v = (1, 2)


for fn in [list_stores, list_store_negative_out_of_range, list_store_bad_index, list_slice_store,
           old_item_dies_after_store, local_stores_drop_old_after, dict_stores, str_subclass_keys, dict_subclass, unhashable_key,
           unhashable_read, tuple_unpack, unpack_too_few, unpack_not_iterable, unpack_unbound]:
    print("--", fn.__name__)
    show(fn)


def uncaught():
    table = {"a": [1, 2]}
    x = table["a"]
    table["a"][5] = x


uncaught()
