# dict methods: get, setdefault, pop, popitem, keys/values/items, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("missing", "default"), d)
print(d.popitem(), d)
d.update(x=10, y=20)
d.update([("z", 30)])
print(d, len(d), "x" in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, "->", v)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"])
e.clear()
print(e, dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
try:
    d.pop("nope")
except KeyError as err:
    print("KeyError", err)
