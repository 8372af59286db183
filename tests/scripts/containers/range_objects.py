# range: start/stop/step, negative steps, len, indexing, slicing, membership, repr.
print(list(range(5)), list(range(2, 8)), list(range(1, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(r[1:3], range(0, 10)[::2], list(range(10)[::-3]))
print(range(5), range(1, 5), range(1, 5, 2), range(0, 5) == range(5))
print(sum(range(101)), len(range(0, 100, 3)), len(range(10, 0, -4)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
