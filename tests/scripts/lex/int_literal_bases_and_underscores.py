# Integer literals: decimal, hex, octal, binary, and underscores between digits.
print(0, 7, 1234567890)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B1)
print(1_000_000, 0x_dead_beef, 0b_1111_0000)
print(0x7fffffffffffffff, 0xffffffffffffffffffff)
print(00, 0_0)
