# int() of short decimal text (parsed without the general path) and the texts next to
# it that must still take the general one: signs alone, spaces, underscores, 19+
# digits, non-ASCII digits, other bases, bytes.
cases = ["0", "7", "-7", "+7", "123", "-0", "000123", "999999999999999999",
         "-999999999999999999", "1000000000000000000", "9223372036854775807",
         "-9223372036854775808", "9223372036854775808", "12345678901234567890",
         " 42", "42 ", "4_2", "\u0661\u0662", "-", "+", "", "1a", "--1", "+-1", "٣"]
for c in cases:
    try:
        v = int(c)
        print(repr(c), v, type(v).__name__)
    except ValueError as e:
        print(repr(c), "ValueError", e)
print(int(b"123"), int(b"-45"), int("10", 16), int("077", 8), int("0x1f", 0), int(bytearray(b"99")))
try:
    int("010", 0)
except ValueError as e:
    print("ValueError", e)
b = "123/y/456"
print(int(b[:b.find("/")]) % 13, sum(int(str(i)) for i in range(-50, 50)))
