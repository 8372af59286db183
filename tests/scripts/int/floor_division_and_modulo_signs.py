# // floors toward negative infinity and % takes the divisor's sign, for small and big ints.
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(7 // 2, 7 % 2, 0 // 5, 0 % -5)
big = 10 ** 25
print(-big // 7, -big % 7, big // -7, big % -7)
print(divmod(-7, 2), divmod(7, -2), divmod(big, 3), divmod(-big, 10 ** 12))
for a in [-9, 9]:
    for b in [-4, 4]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
