# Short str keys built every way the interpreter builds strs (concatenation, str(int),
# slicing, join, formatting, case changes), compared with literals: equality, hashing
# and dict/set lookups must agree at every length, in particular around the 8- and
# 16-byte word boundaries the comparison and the hash use.
import weakref

alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
ok = True
for n in range(0, 21):
    lit = alphabet[:n]
    routes = {
        "slice": alphabet[:n],
        "concat": "".join([]) + alphabet[: n // 2] + alphabet[n // 2 : n],
        "join": "".join(list(lit)),
        "format": "{}".format(lit),
        "percent": "%s" % lit,
        "fstring": f"{lit}",
        "upperlower": lit.upper().lower(),
        "replace": (lit + "#").replace("#", ""),
        "inplace": "",
    }
    s = ""
    for ch in lit:
        s += ch
    routes["inplace"] = s
    d = {lit: n}
    st = {lit}
    for name, v in routes.items():
        if v != lit or hash(v) != hash(lit) or d.get(v) != n or v not in st or not (v in d):
            ok = False
            print("mismatch", n, name, repr(v))
    # The same length, one byte different at each position: never equal, never found.
    for i in range(n):
        other = lit[:i] + "~" + lit[i + 1 :]
        if other == lit or other in d or d.get(other) is not None:
            ok = False
            print("false match", n, i)
print("lengths", ok)

# A short str made from a longer one: the bytes after its end are stale.
long = "0123456789abcdefghij"
for cut in range(0, 16):
    short = long[:cut]
    t = "0123456789abcdef"[:cut]
    print(cut, short == t, hash(short) == hash(t), {t: 1}.get(short))

# str(int) at the edges, as keys.
nums = [0, 7, -7, 10, 99, -100, 12345, 2**31, -(2**63), 2**63 - 1, 2**64, -(2**100)]
table = {}
for k in nums:
    table["key" + str(k)] = k
for k in nums:
    key = "key" + str(k)
    assert table[key] == k, key
    assert ("key" + repr(k)) in table
print(sorted(table))
print(str(-0), str(5), str(-5), len(str(2**63)))

# Counting with fresh keys, then deleting half of them.
counts = {}
for i in range(3000):
    w = "w" + str(i % 97)
    counts[w] = counts.get(w, 0) + 1
for i in range(0, 97, 2):
    del counts["w" + str(i)]
print(len(counts), counts["w1"], counts.get("w2"), sum(counts.values()))
try:
    del counts["w" + str(0)]
except KeyError as e:
    print("KeyError", e)
try:
    counts["w" + "x" * 14]
except KeyError as e:
    print("KeyError", e)

# Keys of a str subclass with its own __eq__ and __hash__: the generic path.
class Folded(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    def __hash__(self):
        return hash(self.lower())

d = {"abc": 1, "key12": 2}
print(d.get(Folded("ABC")), Folded("KEY12") in d, Folded("zz") in d)
d[Folded("ABC")] = 10
print(d, type(list(d)[0]).__name__)
e = {Folded("Mixed"): 5}
print(e.get("mixed"), "MIXED" in e, e.get("mixe" + "d"))

class Loud(str):
    pass
s = Loud("key" + str(5))
print({"key5": 1}[s], s == "key5", hash(s) == hash("key5"))
r = weakref.ref(s)
del s
print(r())
try:
    weakref.ref("key" + str(6))
except TypeError as e:
    print("TypeError", e)

# An __eq__ that empties the dict during the lookup.
class Evil:
    def __hash__(self):
        return hash("k1")
    def __eq__(self, other):
        victim.clear()
        return False
victim = {"k1": 1}
print(victim.get(Evil()), victim)
