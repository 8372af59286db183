# Operator precedence and associativity: ** binds tighter than unary minus and is right-assoc.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 and 0))
print(7 / 2, 7 // 2, 7 % 3, -7 / 2)
