# Unpacking assignment: swaps, nested targets, starred targets, and the error on a mismatch.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
[m, n] = "hi"
print(m, n)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
