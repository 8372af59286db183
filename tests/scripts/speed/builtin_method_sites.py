# A method call site that has called a builtin type's method keeps working when its
# receiver changes: another builtin type with or without that method, a subclass that
# overrides it, a Python object, an instance attribute shadowing it, a receiver that
# is not a plain local.
class Upper(str):
    def upper(self):
        return "overridden " + str.upper(self)


class Plain:
    def upper(self):
        return "plain object"


class Holder:
    def __init__(self):
        self.upper = lambda: "instance attribute"


def site(x):
    return x.upper()


for x in ["abc", b"abc", "d\u00e9f", Upper("ghi"), Plain(), Holder(), "jkl", 5, bytearray(b"xy"), "mno"]:
    try:
        print(repr(site(x)))
    except AttributeError as e:
        print("AttributeError", e)


def counts(items, probe):
    return items.count(probe), items.index(probe) if probe in items else -1


for items in (["a", "b", "a"], ("a", "b", "a"), "banana", ["x"], b"abcab"):
    probe = "a" if not isinstance(items, bytes) else b"a"
    print(counts(items, probe))


class Words:
    def __init__(self, text):
        self.text = text

    def split_all(self):
        return [w.strip(",.") for w in self.text.split()]

    def joined(self, sep):
        return sep.join(self.split_all())


w = Words("one, two. three")
for i in range(3):
    print(w.joined("-"), w.joined(", "))
w.text = b"raw bytes"
try:
    print(w.split_all())
except TypeError as e:
    print("TypeError", e)


def method_errors(s):
    try:
        return s.startswith(5)
    except TypeError as e:
        return "TypeError: %s" % e


for s in ("abc", "xyz", b"abc"):
    print(method_errors(s))


def rebinding():
    seen = set()
    out = []
    for i in range(6):
        seen.add(i % 3)
        out.append(len(seen))
        if i == 3:
            seen = {}  # a dict has no add: the site sees a different class
            try:
                seen.add(1)
            except AttributeError as e:
                out.append(str(e))
            seen = set()
    return out


print(rebinding())


# append, pop and get, answered at the call site, through receivers that change.
class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        super().append(x)


class KeptList(list):
    pass


class DefaultGet(dict):
    def get(self, k, default=None):
        return ("DefaultGet", k, default)


def stack_ops(stack, x):
    stack.append(x)
    return stack.pop()


for stack in ([1], KeptList([2]), LoudList([3]), [4], bytearray(b"z")):
    print(type(stack).__name__, stack_ops(stack, 9 if not isinstance(stack, bytearray) else 65))
try:
    stack_ops((), 1)
except AttributeError as e:
    print("AttributeError", e)


def lookups(d):
    return d.get("a"), d.get("b", 0)


for d in ({"a": 1}, DefaultGet(a=2), {"b": 5}, {}):
    print(lookups(d))
