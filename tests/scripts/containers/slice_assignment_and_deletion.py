# Assigning to a slice replaces it with any iterable (lengths may differ); del removes a slice.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = "ab"
print(a)
a[::3] = [0] * len(a[::3])
print(a)
del a[::2]
print(a)
del a[1:]
print(a)
b = [1, 2, 3, 4]
try:
    b[::2] = [9]
except ValueError as e:
    print(e)
b[1:3] = []
print(b)
