# Unary -, +, ~ and the bitwise operators &, |, ^, <<, >> on ints, including negatives.
print(-5, +5, -(-5), ~5, ~-1, ~0)
print(12 & 10, 12 | 10, 12 ^ 10)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(True & False, True | False, True ^ True)
print(-True, ~True, +False)
