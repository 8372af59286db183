# sorted returns a new list (key, reverse, stable); reversed walks sequences backwards.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), data)
print(sorted(data, reverse=True), sorted(data, key=lambda x: -x))
print(sorted(["b", "A", "c", "a"], key=str.lower))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), "".join(reversed("stressed")))
