# str/repr of ints, negative and big, and round trips through int().
for n in [0, -0, 7, -7, 2 ** 63 - 1, -2 ** 63, 10 ** 50, -(10 ** 50) + 1]:
    print(str(n), repr(n), int(str(n)) == n)
print(str(3 ** 200)[:20], len(str(3 ** 200)))
