# Item stores the statement makes where they are: `a[i], a[j] = a[j], a[i]` on lists
# (negative indices, out of range), dicts with str and other keys, list and dict
# subclasses with their own __setitem__, keys from calls (evaluation order), slices,
# and containers that refuse items.
import traceback

items = [10, 20, 30, 40]
i, j = 0, 3
items[i], items[j] = items[j], items[i]
print(items)
items[-1], items[-4] = items[-4], items[-1]
print(items)
d = {"a": 1, "b": 2}
k1, k2 = "a", "b"
d[k1], d[k2] = d[k2], d[k1]
print(d)
d[1], d[(2, 3)] = "one", "pair"
print(d)

class Loud(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("dset", k, v)
        super().__setitem__(k, v)

lo = Loud([1, 2, 3])
lo[0], lo[2] = lo[2], lo[0]
print(lo)
ld = LoudDict(x=1)
ld["x"], ld["y"] = 5, 6
print(ld)

order = []
def key(n):
    order.append(n)
    return n
arr = [0] * 5
arr[key(1)], arr[key(2)] = key(7), key(8)
print(arr, order)

s = [1, 2, 3, 4, 5]
s[1:3], s[0] = [9, 9, 9], 100
print(s)

for bad in ("idx", "tuple", "str", "neg"):
    try:
        a = [1, 2]
        t = (1, 2)
        if bad == "idx":
            a[5], a[0] = 1, 2
        elif bad == "tuple":
            t[0], t[1] = t[1], t[0]
        elif bad == "str":
            a["x"], a[0] = 1, 2
        else:
            a[0], a[-3] = 7, 8
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, a)

def fails():
    a = [1]
    b = 0
    a[3], b = 1, 2

try:
    fails()
except IndexError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines[1:] if "File" not in line))
