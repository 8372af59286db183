# A dict display gets room for its items at once; duplicates, ** merges and later
# growth still behave as in CPython (order, last value wins, sizes).
for n in range(0, 13):
    keys = ["k%d" % i for i in range(n)]
    d = eval("{" + ", ".join("%r: %d" % (k, i) for i, k in enumerate(keys)) + "}")
    d["extra"] = n
    print(n, len(d), list(d)[:3], list(d.values())[-2:])
print({"a": 1, "a": 2, "b": 3, "a": 4})
base = {"x": 1, "y": 2}
print({**base, "a": 1, **{"x": 9}, "b": 2})
print({1: "int", 1.0: "float", True: "bool"})
d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
del d["a"], d["c"]
d.update(f=6, g=7, h=8)
print(d, d == {"b": 2, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8})
print({i: i * i for i in range(6)})
