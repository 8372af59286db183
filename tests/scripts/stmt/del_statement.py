# del removes names, list items, slices and dict keys; a deleted name is unbound.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
