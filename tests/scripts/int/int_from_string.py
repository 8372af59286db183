# int() parses decimal with spaces, sign and underscores, other bases, and rejects junk.
print(int("42"), int("  -17  "), int("+8"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("12", 0))
print(int("123456789012345678901234567890"))
print(int(3.99), int(-3.99), int(True), int(1e20))
for bad in ["abc", "", "1.5", "12 34", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
