# Dict equality ignores order; views track later changes to the dict.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != {"x": 1}, {} == {})
keys = a.keys()
a["z"] = 3
print(list(keys), len(keys), "z" in keys)
print(sorted(a.items(), key=lambda kv: -kv[1]))
print({**a, "w": 0}, {**a, **{"x": 100}})
