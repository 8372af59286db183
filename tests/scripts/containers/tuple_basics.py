# Tuples: literals (one-element needs a comma), indexing, slicing, count/index, comparison.
t = (1, "two", 3.0, None)
print(t, (), (5,), tuple(), tuple([1, 2]), tuple("ab"))
print(t[1], t[-1], t[1:3], t[::-1], len(t))
print((1, 2) + (3,), (0,) * 3, (1, 2, 1).count(1), (1, 2, 3).index(3))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99), (1, 2) < (1, 2, 0))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
