# for-loop targets: tuples unpack, attributes and subscripts are assigned, the variable survives.
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
for last in range(4):
    pass
print("last =", last)
for ch in "héllo":
    print(ch, end="|")
print()
