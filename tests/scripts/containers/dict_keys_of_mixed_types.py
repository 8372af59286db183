# Any hashable value is a dict key; equal numbers are the same key; lists are unhashable.
d = {1: "int one", "1": "str one", (1, 2): "tuple", None: "none", 2.5: "float", True: "bool"}
print(d)
print(d[1.0], d[(1, 2)], d[None])
d[1.0] = "float one"
print(d[1], len(d))
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
