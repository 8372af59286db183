# chr and ord convert between code points and one-character strings, beyond ASCII too.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(233), chr(8364), chr(128512), repr(chr(10)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
