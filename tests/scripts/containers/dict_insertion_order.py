# dicts keep insertion order; updating a key keeps its place, delete and re-add moves it last.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d.keys()), list(d.values()))
d.update({"kiwi": -1, "new": 1})
print(d)
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), dict({3: "c", 1: "a"}))
for i in range(100):
    d[i] = i
for i in range(100):
    del d[i]
print(d)
