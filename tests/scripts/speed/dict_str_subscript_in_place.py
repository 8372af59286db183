# d["k"] and d[k] with the dict and the key in locals or constants: the value read where
# the dict keeps it, and everything that must go the general way (missing keys, str
# subclasses whose __eq__ runs, dict subclasses, non-str keys).
class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__

class M(dict):
    def __missing__(self, key):
        return "missing " + key

def main():
    d = {"a": 1, "b": [2], 3: "three"}
    k = "b"
    print(d["a"], d[k], d[3])
    for _ in range(3):
        d["a"] += 1
        print(d["a"], d[k][0])
    try:
        print(d["zz"])
    except KeyError as e:
        print("KeyError:", e)
    s = {S("x"): "found via S"}
    print(s["x"])
    key = S("b")
    print(d[key])
    m = M(a=1)
    print(m["a"], m["nope"])
    e = {}
    try:
        e["a"]
    except KeyError as err:
        print("KeyError:", err)
    big = {str(i): i for i in range(1000)}
    name = "777"
    print(big[name], big["999"])
    del big["999"]
    try:
        big["999"]
    except KeyError as err:
        print("KeyError:", err)

main()
d = {"g": 5}
print(d["g"])
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
