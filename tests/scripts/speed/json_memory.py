# dict's 64-byte layout (index size in the object header, slots-in-use count in the
# table's block, subclass attributes in a separate kind of object) and json round trips
# over the structures it holds: every index width, growth, deletion, popitem, clear,
# copy and merge, subclasses with attributes, and json's edge cases.
import collections
import copy
import json


# -- tables of every index width: 1-byte (<= 128 slots), 2-byte, 4-byte
for n in (0, 1, 3, 4, 5, 6, 10, 85, 86, 100, 21845, 21846, 30000):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    assert len(d) == n
    assert all(d["k%d" % i] == i for i in range(n))
    assert "k%d" % n not in d and d.get(n) is None
    e = dict(d)
    assert e == d and list(e) == list(d)
    print(n, len(e), sum(e.values()), list(d)[:3], list(d)[-2:])

# int keys, mixed keys, a key whose __eq__ runs
d = {i: i * i for i in range(300)}
d[1.0] = "float one"
d[(1, 2)] = "tuple"
d[None] = "none"
print(len(d), d[1], d[(1, 2)], d[None], d[299])


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


kd = {Key(i): i for i in range(20)}
print(len(kd), kd[Key(13)], Key(99) in kd)

# -- deletion leaves holes and dummies; re-inserting, popitem and growth after them
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
d["b"] = 5
print(d, len(d))
for i in range(50):
    d["x%d" % i] = i
    if i % 3 == 0:
        del d["x%d" % i]
print(len(d), list(d)[:6])
while len(d) > 2:
    d.popitem()
print(d)
for i in range(10):
    d[i] = i
    d.popitem()
    d[-i] = i
print(d)

# popitem leaves dummies in the index: a small table must still grow before they
# fill it (else a probe for a missing key never ends)
for size in (1, 2, 3, 5, 9):
    d = {"s%d" % j: j for j in range(size)}
    for i in range(200):
        d[i * 7919] = i
        d.popitem()
        assert 12345 not in d and "missing" not in d
    print(size, d, 12345 in d)

churn = {}
for i in range(2000):
    churn[i] = i
    if i >= 4:
        del churn[i - 4]
print(len(churn), sorted(churn))

# clear, then use again; copy and merge paths
d = {"p": 1, "q": 2}
d.clear()
print(d, len(d), d.get("p"))
d["r"] = 3
print(d)
src = {"k%d" % i: i for i in range(40)}
dst = {}
dst.update(src)
print(dst == src, list(dst)[-1])
del src["k5"]
cp = src.copy()
print(len(cp), "k5" in cp, list(cp)[4:7])
merged = {**src, "k5": "back"} | {"z": 0}
print(len(merged), merged["k5"], list(merged)[-2:])
print(dict.fromkeys("abcde", 0))
big = {}
big.update({i: str(i) for i in range(100000)})
print(len(big), big[99999], big.get(100000))
del big

# -- subclass instances carry attributes; exact dicts do not
class AttrDict(dict):
    pass


a = AttrDict(x=1)
a.note = "an attribute"
a["y"] = 2
print(a, a.note, vars(a), type(a).__name__)
b = copy.copy(a)
print(b, getattr(b, "note", "no note"), type(b).__name__)
c = copy.deepcopy(a)
print(c, c.note, c is not a)
try:
    {}.attr = 1
except AttributeError as e:
    print("AttributeError", e)


class Cyclic(dict):
    pass


cy = Cyclic()
cy.me = cy
cy["me"] = cy
print(len(cy), cy.me is cy)
del cy


class DD(collections.defaultdict):
    pass


dd = DD(list)
dd.tag = "dd"
dd["a"].append(1)
print(dict(dd), dd.tag, dd.default_factory)
plain_dd = collections.defaultdict(int)
plain_dd["z"] += 2
print(plain_dd)
try:
    plain_dd.attr = 1
except AttributeError as e:
    print("AttributeError", e)


class Counted(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.made = True


cd = Counted({"k": 1}, j=2)
print(cd, cd.made, isinstance(cd, dict))

# -- json over these structures and its edge cases
cases = [
    {}, [], "", 0, -1, 1.5, True, False, None,
    {"": {}, "a": [], "b": [{}], "c": [[[]]]},
    {"nested": {"deeper": {"deepest": [1, {"x": None}]}}},
    {"unicode": "é ü ß 中文 😀 \u2028 \x7f", "esc": "\"quoted\" \\ tab\t nl\n cr\r \x00 \x1f"},
    {"big": "x" * 100000, "bigu": "é" * 50000},
    {str(i): i for i in range(200)},
    [{"id": i, "f": i * 1.25, "s": "s%d" % (i % 3), "l": list(range(i % 4))} for i in range(300)],
    {"z": 1, "a": 2, "m": {"y": 1, "b": 2}},
    {1: "int key", 2.5: "float key", True: "bool key", None: "none key"},
]
for obj in cases:
    for kw in ({}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False},
               {"indent": 1, "sort_keys": True, "ensure_ascii": False}, {"separators": (",", ":")}):
        try:
            text = json.dumps(obj, **kw)
        except TypeError as e:  # sort_keys over mixed key types
            print("TypeError", e)
            continue
        back = json.loads(text)
        print(len(text), text[:60], type(back).__name__, len(str(back)))
    assert json.loads(json.dumps(obj, ensure_ascii=False)) == json.loads(json.dumps(obj))

doc = json.dumps([{"k%d" % j: "v%d" % j for j in range(i % 12)} for i in range(5000)])
back = json.loads(doc)
print(len(doc), len(back), sum(len(d) for d in back), back[11])
again = json.loads(doc)
print(back == again, back[-1] is not again[-1])
