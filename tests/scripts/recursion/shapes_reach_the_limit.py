# Each shape of recursion fails at the depth CPython's accounting gives: one level per frame, comprehension, repr, comparison, class call.
depth = 0


def run(name, f):
    global depth
    depth = 0
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, depth, e)


def plain():
    global depth
    depth += 1
    plain()


run("plain", plain)


def in_comprehension():
    global depth
    depth += 1
    return [in_comprehension() for _ in range(1)]


run("comprehension", in_comprehension)


class Dot:
    def __getattr__(self, name):
        global depth
        depth += 1
        return self.y


run("__getattr__", lambda: Dot().x)


class Prop:
    @property
    def p(self):
        global depth
        depth += 1
        return self.p


run("property", lambda: Prop().p)


class Repr:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


run("__repr__", lambda: repr(Repr()))


class Eq:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other


run("__eq__", lambda: Eq() == Eq())


class Hash:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)


run("__hash__", lambda: hash(Hash()))


class Call:
    def __call__(self):
        global depth
        depth += 1
        return self()


run("__call__", lambda: Call()())


class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()


run("__init__", Init)


class Add:
    def __add__(self, other):
        global depth
        depth += 1
        return self + other


run("__add__", lambda: Add() + 1)


class Item:
    def __getitem__(self, i):
        global depth
        depth += 1
        return self[i]


run("__getitem__", lambda: Item()[0])


class Method:
    def m(self):
        global depth
        depth += 1
        return self.m()


run("method", lambda: Method().m())


def keywords(a=0):
    global depth
    depth += 1
    return keywords(a=1)


run("keywords", keywords)


def star(*args):
    global depth
    depth += 1
    return star(*args)


run("star args", star)


def through_map(x):
    global depth
    depth += 1
    return list(map(through_map, [x]))


run("map", lambda: through_map(1))


def sort_key(x):
    global depth
    depth += 1
    return sorted([1, 2], key=lambda y: sort_key(y))


# CPython counts its first few unspecialized calls once more: a few levels of slack.
try:
    depth = 0
    sort_key(1)
except RecursionError:
    pass
print("sorted key near 330:", 325 <= depth <= 335)


class Str:
    def __str__(self):
        global depth
        depth += 1
        return str(self)


try:
    depth = 0
    str(Str())
except RecursionError:
    print("__str__ near 494:", 490 <= depth <= 499)


class Len:
    def __len__(self):
        global depth
        depth += 1
        return len(self)


try:
    depth = 0
    len(Len())
except RecursionError:
    print("__len__ near 990:", 985 <= depth <= 999)
