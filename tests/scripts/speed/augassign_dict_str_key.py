# d[k] op= x on an exact dict with a str key: the entry is found once and written back,
# unless the right operand changed the dict (then a full store); every other case
# takes the generic path. Results, errors and __eq__ calls must be CPython's.
counts = {}
for i in range(1000):
    w = "w" + str(i % 37)
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(len(counts), counts["w0"], counts["w36"], sum(counts.values()))

d = {"a": 1, "s": "x", "l": [1], "f": 1.5, "big": 2**62}
d["a"] -= 5
d["a"] *= 3
d["s"] += "yz"
d["s"] *= 2
alias = d["l"]
d["l"] += [2, 3]
d["f"] /= 2
d["big"] += 2**62
d["big"] //= 3
print(d, alias is d["l"])

try:
    d["missing" + str(1)] += 1
except KeyError as e:
    print("KeyError", e)
try:
    {}["k"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    d["a"] += "text"
except TypeError as e:
    print("TypeError", e)
def boom():
    raise ValueError("rhs failed")
try:
    d["a"] += boom()
except ValueError as e:
    print("ValueError", e)
print(d["a"])

# The right operand adds keys (the table grows and moves), deletes the key, or
# replaces its value.
g = {"k": 10}
def grow():
    for i in range(100):
        g["x" + str(i)] = i
    return 1
g["k"] += grow()
print(g["k"], len(g))
h = {"k": 10, "other": 0}
def drop():
    del h["k"]
    return 5
h["k"] += drop()
print(h)
r = {"k": 10}
def replace():
    r["k"] = 100
    return 1
r["k"] += replace()
print(r)

# Not this path: a str subclass key, a non-str key, a dict subclass with __missing__.
class Key(str):
    pass
e = {"k": 1, 5: 2}
e[Key("k")] += 10
e[5] += 1
print(e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["n"] += 3
c["n"] += 3
print(c)

# A key whose hash equals a str's and whose __eq__ is counted: both lookups compare it.
calls = []
class Twin:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        calls.append(other)
        return False
t = {}
t[Twin("abc")] = 0
t["abc"] = 1
t["abc"] += 1
print(t["abc"], len(calls))
