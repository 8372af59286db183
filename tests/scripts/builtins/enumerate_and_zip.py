# enumerate with a start; zip stops at the shortest input and takes any number of inputs.
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), "xyz", [True, False, None])))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
print(dict(zip("abc", range(3))))
