# 2**200 and friends: results past 64 bits become exact big integers.
print(2 ** 200)
print(2 ** 64, 2 ** 63, -2 ** 63, 2 ** 0)
print(10 ** 30, (-3) ** 41)
print(len(str(2 ** 1000)), 2 ** 200 // 2 ** 190)
