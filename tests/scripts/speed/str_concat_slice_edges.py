# str + str (a temporary left operand may grow in place), slices of exact strs with
# int/None/__index__ bounds, str subclasses with __add__/__radd__/__getitem__, and
# split into many pieces give CPython's results: no other reference sees a change.
class Index:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

def make(s):
    return s + ""  # a fresh reference to the same text

a = "ab"
b = a + "cd"
c = b + "ef"
print(a, b, c, a + b + c, len(a + b + c))
parts = []
for i in range(5):
    t = "x" + str(i) + ":" + str(i * 3) + "-" * i
    parts.append(t)
print(parts, [len(p) for p in parts])
keep = "left" + str(1)
alias = keep
joined = keep + "!" + "?"
print(keep, alias, joined, keep is alias)
u = "é" + str(5) + "€" + "x"
print(u, len(u), u[1:3], u[-2:], u.upper(), hash(u) == hash("é5€x"))
d = {}
k1 = "key" + str(7)
d[k1] = 1
k2 = "key" + str(7) + ""
print(d.get(k2), k2 in d, ("key" + str(7) + "x") in d)
t = "key" + str(7)
h = hash(t)
t2 = t + "x"  # t stays 'key7' (a name still holds it)
print(t, t2, hash(t) == h, hash(t2) == hash("key7x"))

class Tail(str):
    def __add__(self, other):
        return "Tail.add(" + str.__add__(self, other) + ")"
    def __radd__(self, other):
        return "Tail.radd(" + other + "|" + str(self) + ")"
    def __getitem__(self, key):
        return "get" + repr(key)
print("a" + Tail("b"), Tail("b") + "c", ("x" + "y") + Tail("z"))
print(Tail("hello")[1:3], Tail("hello")[::2])
class Sub(str):
    pass
s = Sub("subclass")
print(s[1:4], type(s[1:4]).__name__, type(s + "x").__name__, type("x" + s).__name__)

text = "0123456789"
for lo in (None, -20, -3, 0, 2, 9, 10, 20):
    for hi in (None, -20, -3, 0, 5, 10, 30):
        print(lo, hi, repr(text[lo:hi]), end="; ")
print()
print(text[Index(2):Index(5)], text[True:3], text[1:8:2], text[::-1], text[2:5:None])
for bad in (lambda: text[1.0:2], lambda: text["a":], lambda: text[:[]], lambda: text[::0]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    1 + "x"
except TypeError as e:
    print(e)

line = ",".join("w" + str(i) for i in range(30))
fields = line.split(",")
print(len(fields), fields[:3], fields[-1], line.split(",", 3), "a b  c ".split(), "".split(","))
print(f"{len(line)}{line[:4]}" + "|" + f"{'é'}{2}")

# replace of one character by another, upper/lower of ASCII and non-ASCII text
for t in ("a-b-c", "---", "abc", "", "é-€-x", Sub("s-u-b")):
    r = t.replace("-", "_")
    print(repr(r), type(r).__name__, r is t, t.replace("-", "_", 1), t.replace("-", "--"))
for t in ("MiXeD 123 ok", "straße", "ǅ", Sub("SuB")):
    print(t.upper(), t.lower(), t.casefold(), t.title(), t.swapcase(), type(t.upper()).__name__)

# %-formatting of ints with and without flags, width and precision
class Loud(int):
    def __str__(self):
        return "loud"
for v in (0, 7, -7, 2**63, -2**70, True, Loud(5), 3.99):
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%x" % (v, v, v, v, v, v, v, v, v, int(v)))
print("%d/%s/%d" % (12, "y", -3), "%(a)d-%(b)s" % {"a": 4, "b": "x"}, "%d%%" % 50)
for bad in (lambda: "%d" % "x", lambda: "%d %d" % (1,), lambda: "%d" % (1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
