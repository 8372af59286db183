# `a = b = value` binds every target to the same object, left to right.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 7
print(x, y, z)
d = {}
d["k"] = d["j"] = 0
print(d)
