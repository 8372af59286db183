# Shifts and bitwise operators on big and negative ints behave like infinite two's complement.
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98)
a = (1 << 80) - 1
b = 0x123456789ABCDEF0123456789
print(a & b, a | b, a ^ b, ~a)
print(-a & 0xFF, -1 & (1 << 70), (1 << 70) | -1)
print((255).bit_length(), (2 ** 100).bit_length(), (-8).bit_length())
